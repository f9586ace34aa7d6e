package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.GorgiasInstaller;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.GorgiasChange;
import com.annexcloud.sdk.bridge.model.GorgiasChange.Action;
import com.annexcloud.sdk.bridge.model.GorgiasChange.Kind;
import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.annexcloud.sdk.gorgias.model.Macro;
import com.annexcloud.sdk.gorgias.model.Widget;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;

/**
 * The {@link GorgiasInstaller}: installs the card's HTTP integration and its sidebar widget, the routing hook
 * and the loyalty macros through the Gorgias API, idempotently. Each object is found again (integrations by
 * name, widgets by integration, macros by {@code external_id}), left alone when Gorgias already shows it as
 * the setup describes it ({@link UpToDate}: a second install sends no write), changed in place when it
 * differs, and created when missing; extra copies are removed, and so is what the setup switched off.
 *
 * <p>The integration copy kept is the oldest active one, else the oldest deactivated one, which is
 * reactivated ({@code deactivated_datetime: null}) under its id rather than replaced: Gorgias keys the data it
 * stores on customers by integration id (and the macros name that id), and deactivates an integration after
 * 100 consecutive failures, so a replacement would orphan that data after every outage. An active copy wins
 * over a deactivated one because it is the one Gorgias calls and the sidebar shows now; among equals the
 * oldest (lowest id) has the longest data history and is the one admins' rules refer to.
 */
public final class DefaultGorgiasInstaller implements GorgiasInstaller {
    static final String QUERY = "?email={{ticket.customer.email}}&firstName={{ticket.customer.firstname}}"
            + "&lastName={{ticket.customer.lastname}}";
    /** Active before deactivated, then oldest (Gorgias ids grow) first. */
    private static final Comparator<Integration> KEEP_FIRST = Comparator
            .comparing((Integration i) -> i.deactivatedDatetime().isPresent())
            .thenComparingLong(Integration::id);

    private final GorgiasClient gorgias;

    /** Use {@link GorgiasInstaller#of(GorgiasClient)}. */
    public DefaultGorgiasInstaller(GorgiasClient gorgias) {
        this.gorgias = Objects.requireNonNull(gorgias, "gorgias");
    }

    @Override
    public GorgiasInstallation install(GorgiasSetup setup) {
        Objects.requireNonNull(setup, "setup");
        List<GorgiasChange> changes = new ArrayList<>();
        Integration card = ensure(Kind.INTEGRATION, card(setup), changes);
        Widget widget = ensureWidget(card.id(), setup, changes);
        String hookName = InstallationNames.routingHook(setup.name());
        if (setup.routingHook()) {
            ensure(Kind.ROUTING_HOOK, routingHook(setup, hookName), changes);
        } else {
            find(hookName).forEach(hook -> remove(Kind.ROUTING_HOOK, hook, changes));
        }
        ensureMacros(setup, card.id(), changes);
        return GorgiasInstallation.builder()
                .integrationId(card.id())
                .widgetId(widget.id())
                .changes(changes)
                .build();
    }

    @Override
    public List<GorgiasChange> uninstall(String name) {
        Objects.requireNonNull(name, "integrationName");
        List<GorgiasChange> changes = new ArrayList<>();
        find(name).forEach(integration -> remove(Kind.INTEGRATION, integration, changes));
        find(InstallationNames.routingHook(name)).forEach(hook -> remove(Kind.ROUTING_HOOK, hook, changes));
        List<String> ours = LoyaltyMacros.externalIds(name);
        macros().stream().filter(macro -> macro.externalId().filter(ours::contains).isPresent())
                .forEach(macro -> removeMacro(name, macro, changes));
        return List.copyOf(changes);
    }

    /** The card integration: GET on every ticket event the card should refresh on. */
    private static CreateIntegration card(GorgiasSetup setup) {
        return CreateIntegration.builder()
                .name(setup.name())
                .description("Shows the ticket customer's Annex Cloud loyalty card")
                .http(HttpSettings.builder()
                        .url(setup.publicUrl() + QUERY)
                        .method("GET")
                        .putHeaders("Authorization", "Bearer " + setup.bearerToken().reveal())
                        .putTriggers(HttpSettings.TICKET_CREATED, true)
                        .putTriggers(HttpSettings.TICKET_UPDATED, true)
                        .putTriggers(HttpSettings.TICKET_MESSAGE_CREATED, true)
                        .requestContentType(HttpSettings.JSON)
                        .responseContentType(HttpSettings.JSON)
                        .build())
                .activate(true)
                .build();
    }

    /** The routing hook: POST of the new ticket's id and customer email, as the vendor facts' example. */
    private static CreateIntegration routingHook(GorgiasSetup setup, String name) {
        return CreateIntegration.builder()
                .name(name)
                .description("Tags each new ticket with the customer's Annex Cloud loyalty tier")
                .http(HttpSettings.builder()
                        .url(setup.publicUrl() + WidgetEndpoint.ROUTE_PATH)
                        .method("POST")
                        .putHeaders("Authorization", "Bearer " + setup.bearerToken().reveal())
                        .putTriggers(HttpSettings.TICKET_CREATED, true)
                        .requestContentType(HttpSettings.JSON)
                        .responseContentType(HttpSettings.JSON)
                        .form(JsonNodeFactory.instance.objectNode()
                                .put("ticket_id", "{{ticket.id}}")
                                .put("email", "{{ticket.customer.email}}"))
                        .build())
                .activate(true)
                .build();
    }

    /** Keeps one integration of {@code desired}'s name, as {@code desired} describes it; removes the other copies. */
    private Integration ensure(Kind kind, CreateIntegration desired, List<GorgiasChange> changes) {
        List<Integration> copies = find(desired.name());
        Integration kept = bringUpToDate(copies.stream().min(KEEP_FIRST), shown -> UpToDate.integration(shown, desired),
                () -> gorgias.integrations().create(desired),
                shown -> gorgias.integrations().update(shown.id(), desired),
                (integration, action) -> changes.add(change(kind, integration.id(), action)));
        // Every other copy goes, with its widgets: a second active one would call the endpoint twice per
        // event, and a deactivated one would keep an old token forever.
        copies.stream().filter(i -> i.id() != kept.id()).forEach(extra -> remove(kind, extra, changes));
        return kept;
    }

    private Widget ensureWidget(long integrationId, GorgiasSetup setup, List<GorgiasChange> changes) {
        CreateWidget desired = CreateWidget.builder()
                .integrationId(integrationId)
                .template(WidgetTemplate.of(setup))
                .build();
        List<Widget> widgets = widgetsOf(integrationId);
        Widget kept = bringUpToDate(widgets.stream().findFirst(), shown -> UpToDate.widget(shown, desired),
                () -> gorgias.widgets().create(desired),
                shown -> gorgias.widgets().update(shown.id(), desired),
                (widget, action) -> changes.add(change(Kind.WIDGET, widget.id(), action)));
        widgets.stream().skip(1).forEach(extra -> removeWidget(extra, changes));
        return kept;
    }

    /** Brings our macros to what the setup asks for: by external id, oldest copy kept, the rest removed. */
    private void ensureMacros(GorgiasSetup setup, long integrationId, List<GorgiasChange> changes) {
        Map<String, CreateMacro> desired = LoyaltyMacros.of(setup, integrationId);
        List<String> ours = LoyaltyMacros.externalIds(setup.name());
        List<Macro> installed = macros().stream().filter(macro -> macro.externalId().filter(ours::contains).isPresent())
                .sorted(Comparator.comparingLong(Macro::id)).toList();
        List<Macro> kept = new ArrayList<>();
        desired.forEach((key, macro) -> {
            Optional<Macro> existing = installed.stream().filter(m -> m.externalId().equals(macro.externalId())).findFirst();
            existing.ifPresent(kept::add);
            bringUpToDate(existing, shown -> UpToDate.macro(shown, macro), () -> gorgias.macros().create(macro),
                    shown -> gorgias.macros().update(shown.id(), macro),
                    (written, action) -> changes.add(macroChange(key, written.id(), action)));
        });
        installed.stream().filter(macro -> !kept.contains(macro)).forEach(macro -> removeMacro(setup.name(), macro, changes));
    }

    /**
     * The object as the setup wants it: {@code create}d when there is none, left alone when {@code upToDate},
     * else {@code update}d in place; {@code report} is told which of the three it was.
     */
    private static <T> T bringUpToDate(Optional<T> existing, Predicate<T> upToDate, Supplier<T> create,
                                       UnaryOperator<T> update, BiConsumer<T, Action> report) {
        T kept;
        Action action;
        if (existing.isEmpty()) {
            kept = create.get();
            action = Action.CREATED;
        } else if (upToDate.test(existing.get())) {
            kept = existing.get();
            action = Action.UNCHANGED;
        } else {
            kept = update.apply(existing.get());
            action = Action.UPDATED;
        }
        report.accept(kept, action);
        return kept;
    }

    private void remove(Kind kind, Integration integration, List<GorgiasChange> changes) {
        widgetsOf(integration.id()).forEach(widget -> removeWidget(widget, changes));
        gorgias.integrations().delete(integration.id());
        changes.add(change(kind, integration.id(), Action.REMOVED));
    }

    private void removeWidget(Widget widget, List<GorgiasChange> changes) {
        gorgias.widgets().delete(widget.id());
        changes.add(change(Kind.WIDGET, widget.id(), Action.REMOVED));
    }

    private void removeMacro(String integrationName, Macro macro, List<GorgiasChange> changes) {
        gorgias.macros().delete(macro.id());
        changes.add(macroChange(LoyaltyMacros.keyOf(integrationName, macro.externalId().orElseThrow()), macro.id(),
                Action.REMOVED));
    }

    /** The HTTP integrations with this name, deactivated ones included. */
    private List<Integration> find(String name) {
        return StreamSupport.stream(gorgias.integrations().list().spliterator(), false)
                .filter(i -> "http".equals(i.type()) && name.equals(i.name()))
                .toList();
    }

    /** The integration's widgets, asked for by filter (an unfiltered listing may be one page only) and checked. */
    private List<Widget> widgetsOf(long integrationId) {
        return StreamSupport.stream(gorgias.widgets().list(integrationId).spliterator(), false)
                .filter(w -> w.integrationId().filter(id -> id == integrationId).isPresent())
                .toList();
    }

    private List<Macro> macros() {
        return gorgias.macros().list().stream().toList();
    }

    private static GorgiasChange change(Kind kind, long id, Action action) {
        return GorgiasChange.builder().kind(kind).id(id).action(action).build();
    }

    private static GorgiasChange macroChange(String key, long id, Action action) {
        return GorgiasChange.builder().kind(Kind.MACRO).key(key).id(id).action(action).build();
    }

    @Override
    public String toString() {
        return "GorgiasInstaller[" + gorgias + "]";
    }
}
