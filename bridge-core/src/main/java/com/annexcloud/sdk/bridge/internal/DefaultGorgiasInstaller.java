package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.GorgiasInstaller;
import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.annexcloud.sdk.gorgias.model.Widget;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The {@link GorgiasInstaller}: installs the HTTP integration and its sidebar widget through the Gorgias API, idempotently: one
 * integration of that name is kept and brought up to date (or one is created), every other copy of it is
 * removed with its widgets, and its widget is brought up to date (extra copies removed), so installing
 * twice leaves one of each.
 *
 * <p>The copy kept is the oldest active one, else the oldest deactivated one, which is reactivated
 * ({@code deactivated_datetime: null}) under its id rather than replaced: Gorgias keys the data it stores
 * on customers by integration id, and deactivates an integration after 100 consecutive failures, so a
 * replacement would orphan that data after every outage. An active copy wins over a deactivated one
 * because it is the one Gorgias calls and the sidebar shows now; among equals the oldest (lowest id) has
 * the longest data history and is the one admins' rules refer to.
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
        CreateIntegration desired = CreateIntegration.builder()
                .name(setup.name())
                .description("Shows the ticket customer's Annex Cloud loyalty card")
                .http(HttpSettings.builder()
                        .url(setup.publicUrl() + QUERY)
                        .method("GET")
                        .putHeaders("Authorization", "Bearer " + setup.bearerToken().reveal())
                        .putTriggers(HttpSettings.TICKET_CREATED, true)
                        .putTriggers(HttpSettings.TICKET_UPDATED, true)
                        .requestContentType(HttpSettings.JSON)
                        .responseContentType(HttpSettings.JSON)
                        .build())
                .activate(true)
                .build();
        List<Integration> copies = find(setup.name());
        Optional<Integration> existing = copies.stream().min(KEEP_FIRST);
        Integration integration = existing.isPresent()
                ? gorgias.integrations().update(existing.get().id(), desired)
                : gorgias.integrations().create(desired);
        // Every other copy goes, with its widgets: a second active one would call the endpoint twice per
        // event, and a deactivated one would keep an old token forever.
        copies.stream().filter(i -> i.id() != integration.id()).forEach(this::remove);
        CreateWidget widget = CreateWidget.builder()
                .integrationId(integration.id())
                .template(WidgetTemplate.of(setup))
                .build();
        List<Widget> widgets = widgetsOf(integration.id());
        Widget installedWidget = widgets.isEmpty()
                ? gorgias.widgets().create(widget)
                : gorgias.widgets().update(widgets.get(0).id(), widget);
        widgets.stream().skip(1).forEach(extra -> gorgias.widgets().delete(extra.id()));
        return GorgiasInstallation.builder()
                .integrationId(integration.id())
                .widgetId(installedWidget.id())
                .integrationCreated(existing.isEmpty())
                .widgetCreated(widgets.isEmpty())
                .build();
    }

    @Override
    public boolean uninstall(String name) {
        Objects.requireNonNull(name, "integrationName");
        List<Integration> installed = find(name);
        installed.forEach(this::remove);
        return !installed.isEmpty();
    }

    private void remove(Integration integration) {
        widgetsOf(integration.id()).forEach(widget -> gorgias.widgets().delete(widget.id()));
        gorgias.integrations().delete(integration.id());
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

    @Override
    public String toString() {
        return "GorgiasInstaller[" + gorgias + "]";
    }
}
