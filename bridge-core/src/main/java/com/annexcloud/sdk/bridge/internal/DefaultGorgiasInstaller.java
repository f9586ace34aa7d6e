package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.GorgiasInstaller;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.GorgiasChange;
import com.annexcloud.sdk.bridge.model.GorgiasChange.Action;
import com.annexcloud.sdk.bridge.model.GorgiasChange.Kind;
import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasConflictException;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The {@link GorgiasInstaller}: installs the card's HTTP integration and its sidebar widget, the routing hook
 * and the loyalty macros through the Gorgias API, idempotently. Each object is found again (integrations by
 * name, widgets by integration, macros by {@code external_id}), left alone when Gorgias already shows it as
 * the setup describes it ({@link UpToDate}: a second install sends no write), changed in place when it
 * differs, and created when missing; extra copies are removed, and so is what the setup switched off, except a
 * macro: an extra copy that differs from ours is left (it may be an admin's edit), and one that an active rule
 * uses, which Gorgias refuses to delete (409), is reported kept instead of failing the run.
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
    /** Active before archived, then oldest first. */
    private static final Comparator<Macro> KEEP_MACRO_FIRST = Comparator
            .comparing((Macro m) -> m.archivedDatetime().isPresent())
            .thenComparingLong(Macro::id);

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
        ours(name).forEach(macro -> removeMacro(name, macro, changes));
        return List.copyOf(changes);
    }

    /** The card integration: GET on every ticket event the card should refresh on. */
    private static CreateIntegration card(GorgiasSetup setup) {
        return httpIntegration(setup, setup.name(), "Shows the ticket customer's Annex Cloud loyalty card",
                HttpSettings.builder()
                        .url(setup.publicUrl() + QUERY)
                        .method("GET")
                        .putTriggers(HttpSettings.TICKET_CREATED, true)
                        .putTriggers(HttpSettings.TICKET_UPDATED, true)
                        .putTriggers(HttpSettings.TICKET_MESSAGE_CREATED, true));
    }

    /** The routing hook: POST of the new ticket's id and customer email, as the vendor facts' example. */
    private static CreateIntegration routingHook(GorgiasSetup setup, String name) {
        return httpIntegration(setup, name, "Tags each new ticket with the customer's Annex Cloud loyalty tier",
                HttpSettings.builder()
                        .url(setup.publicUrl() + WidgetEndpoint.ROUTE_PATH)
                        .method("POST")
                        .putTriggers(HttpSettings.TICKET_CREATED, true)
                        .form(JsonNodeFactory.instance.objectNode()
                                .put("ticket_id", "{{ticket.id}}")
                                .put("email", "{{ticket.customer.email}}")));
    }

    /** An active HTTP integration calling the bridge: {@code call} plus the setup's bearer token and JSON both ways. */
    private static CreateIntegration httpIntegration(GorgiasSetup setup, String name, String description,
                                                     HttpSettings.Builder call) {
        return CreateIntegration.builder()
                .name(name)
                .description(description)
                .http(call.putHeaders(AuthorizationHeader.NAME, AuthorizationHeader.value(setup))
                        .requestContentType(HttpSettings.JSON)
                        .responseContentType(HttpSettings.JSON)
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

    /**
     * Brings our macros to what the setup asks for, by external id: the copy kept is the oldest active one, else
     * the oldest archived one (kept archived: an admin archived it). Another copy is removed only when it is
     * identical to what the setup writes; one that differs may be an admin's edit and is left and reported.
     * Macros the setup no longer asks for are removed.
     */
    private void ensureMacros(GorgiasSetup setup, long integrationId, List<GorgiasChange> changes) {
        Map<String, CreateMacro> desired = LoyaltyMacros.of(setup, integrationId);
        List<Macro> installed = ours(setup.name());
        List<Macro> kept = new ArrayList<>();
        desired.forEach((key, macro) -> {
            Optional<Macro> existing = installed.stream().filter(m -> m.externalId().equals(macro.externalId())).findFirst();
            existing.ifPresent(kept::add);
            bringUpToDate(existing, shown -> UpToDate.macro(shown, macro), () -> gorgias.macros().create(macro),
                    shown -> gorgias.macros().update(shown.id(), macro),
                    (written, action) -> changes.add(macroChange(setup.name(), written, action)));
        });
        installed.stream().filter(macro -> !kept.contains(macro)).forEach(extra -> {
            Optional<CreateMacro> wanted = desired.values().stream()
                    .filter(macro -> macro.externalId().equals(extra.externalId())).findFirst();
            if (wanted.isPresent() && !UpToDate.macro(extra, wanted.get())) {
                changes.add(macroChange(setup.name(), extra, Action.KEPT_CHANGED));
            } else {
                removeMacro(setup.name(), extra, changes);
            }
        });
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

    /** Deletes the macro, or reports it kept when Gorgias refuses because an active rule uses it (409). */
    private void removeMacro(String integrationName, Macro macro, List<GorgiasChange> changes) {
        Action action;
        try {
            gorgias.macros().delete(macro.id());
            action = Action.REMOVED;
        } catch (GorgiasConflictException usedByARule) {
            action = Action.KEPT_IN_USE;
        }
        changes.add(macroChange(integrationName, macro, action));
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

    /**
     * Our macros under this integration name, archived ones included (Gorgias lists them only when asked), each
     * once (one archived between the two listings shows in both), active before archived, then oldest first.
     */
    private List<Macro> ours(String integrationName) {
        List<String> externalIds = LoyaltyMacros.externalIds(integrationName);
        return Stream.concat(gorgias.macros().list().stream(), gorgias.macros().archived().stream())
                .filter(macro -> macro.externalId().filter(externalIds::contains).isPresent())
                .collect(Collectors.toMap(Macro::id, macro -> macro, (listedFirst, again) -> listedFirst))
                .values().stream()
                .sorted(KEEP_MACRO_FIRST)
                .toList();
    }

    private static GorgiasChange change(Kind kind, long id, Action action) {
        return GorgiasChange.builder().kind(kind).id(id).action(action).build();
    }

    private static GorgiasChange macroChange(String integrationName, Macro macro, Action action) {
        return GorgiasChange.builder().kind(Kind.MACRO)
                .key(LoyaltyMacros.keyOf(integrationName, macro.externalId().orElseThrow()))
                .id(macro.id()).action(action).build();
    }

    @Override
    public String toString() {
        return "GorgiasInstaller[" + gorgias + "]";
    }
}
