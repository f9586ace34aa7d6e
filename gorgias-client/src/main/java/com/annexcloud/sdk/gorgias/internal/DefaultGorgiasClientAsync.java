package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.gorgias.CustomersAsync;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasClientAsync;
import com.annexcloud.sdk.gorgias.IntegrationsAsync;
import com.annexcloud.sdk.gorgias.WidgetsAsync;
import java.util.Objects;

/** The {@link GorgiasClientAsync} view: the resources over the pipeline's non-blocking exchange. */
final class DefaultGorgiasClientAsync implements GorgiasClientAsync {
    private final DefaultGorgiasClient.Shared shared;
    private final RequestOptions requestOptions;
    private final CustomersAsync customers;
    private final IntegrationsAsync integrations;
    private final WidgetsAsync widgets;

    DefaultGorgiasClientAsync(DefaultGorgiasClient.Shared shared, RequestOptions requestOptions) {
        this.shared = shared;
        this.requestOptions = requestOptions;
        Exchange exchange = shared.exchange(Exchange::async, requestOptions);
        this.customers = new HttpCustomers(shared.calls(), exchange);
        this.integrations = new HttpIntegrations(shared.calls(), exchange);
        this.widgets = new HttpWidgets(shared.calls(), exchange);
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
    public GorgiasClient sync() {
        return new DefaultGorgiasClient(shared, requestOptions);
    }

    @Override
    public GorgiasClientAsync withOptions(RequestOptions options) {
        return new DefaultGorgiasClientAsync(shared, Objects.requireNonNull(options, "options"));
    }

    @Override
    public String toString() {
        return "GorgiasClient[" + shared.baseUri() + "].async()";
    }
}
