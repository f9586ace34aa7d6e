package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.gorgias.CustomersAsync;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasClientAsync;
import com.annexcloud.sdk.gorgias.IntegrationsAsync;
import com.annexcloud.sdk.gorgias.MacrosAsync;
import com.annexcloud.sdk.gorgias.TicketsAsync;
import com.annexcloud.sdk.gorgias.WidgetsAsync;

/** The {@link GorgiasClientAsync} view: the resources over the pipeline's non-blocking exchange. */
final class DefaultGorgiasClientAsync implements GorgiasClientAsync {
    private final DefaultGorgiasClient.Shared shared;
    private final GorgiasClient sync;
    private final CustomersAsync customers;
    private final IntegrationsAsync integrations;
    private final WidgetsAsync widgets;
    private final MacrosAsync macros;
    private final TicketsAsync tickets;

    /** The async view of {@code sync}, which has the same shared parts and options. */
    DefaultGorgiasClientAsync(DefaultGorgiasClient.Shared shared, RequestOptions requestOptions, GorgiasClient sync) {
        this.shared = shared;
        this.sync = sync;
        Exchange exchange = shared.exchange(Exchange::async, requestOptions);
        this.customers = new HttpCustomers(shared.calls(), exchange);
        this.integrations = new HttpIntegrations(shared.calls(), exchange);
        this.widgets = new HttpWidgets(shared.calls(), exchange);
        this.macros = new HttpMacros(shared.calls(), exchange);
        this.tickets = new HttpTickets(shared.calls(), exchange);
    }

    @Override
    public CustomersAsync customers() {
        return customers;
    }

    @Override
    public IntegrationsAsync integrations() {
        return integrations;
    }

    @Override
    public WidgetsAsync widgets() {
        return widgets;
    }

    @Override
    public MacrosAsync macros() {
        return macros;
    }

    @Override
    public TicketsAsync tickets() {
        return tickets;
    }

    @Override
    public GorgiasClient sync() {
        return sync;
    }

    @Override
    public GorgiasClientAsync withOptions(RequestOptions options) {
        return sync.withOptions(options).async();
    }

    @Override
    public String toString() {
        return "GorgiasClient[" + shared.baseUri() + "].async()";
    }
}
