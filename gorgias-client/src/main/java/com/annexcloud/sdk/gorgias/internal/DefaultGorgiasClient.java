package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.gorgias.Customers;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasClientAsync;
import com.annexcloud.sdk.gorgias.Integrations;
import com.annexcloud.sdk.gorgias.Macros;
import com.annexcloud.sdk.gorgias.RateLimitStatus;
import com.annexcloud.sdk.gorgias.Tickets;
import com.annexcloud.sdk.gorgias.Widgets;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link GorgiasClient} that {@link GorgiasClient.Builder#build()} returns: one pipeline, pacer and auth,
 * shared with its {@link #async()} view and every {@link #withOptions} view.
 */
public final class DefaultGorgiasClient implements GorgiasClient {
    private final Shared shared;
    private final Customers customers;
    private final Integrations integrations;
    private final Widgets widgets;
    private final Macros macros;
    private final Tickets tickets;
    private final GorgiasClientAsync async;

    /** What every view of one client shares. */
    record Shared(URI baseUri, ClientOptions options, RateLimitPacer pacer, GorgiasAuth auth, HttpPipeline pipeline,
                  ResourceCalls calls) {

        /** The exchange of a view: blocking or not, with the view's options, renewing OAuth tokens on a 401. */
        Exchange exchange(Function<HttpPipeline, Exchange> kind, RequestOptions requestOptions) {
            return ReauthorizingExchange.over(kind.apply(pipeline).withOptions(requestOptions), auth);
        }
    }

    /** Wires the pipeline, the pacer and the resources; the builder has checked every argument. */
    public DefaultGorgiasClient(URI baseUri, GorgiasAuth auth, RateLimitPacer pacer, ClientOptions options) {
        this(new Shared(baseUri, options, pacer, auth, new HttpPipeline("gorgias", baseUri, options, auth, pacer),
                new ResourceCalls(options, auth)), RequestOptions.none());
    }

    DefaultGorgiasClient(Shared shared, RequestOptions requestOptions) {
        this.shared = shared;
        Exchange exchange = shared.exchange(Exchange::blocking, requestOptions);
        this.customers = new BlockingCustomers(new HttpCustomers(shared.calls(), exchange));
        this.integrations = new BlockingIntegrations(new HttpIntegrations(shared.calls(), exchange));
        this.widgets = new BlockingWidgets(new HttpWidgets(shared.calls(), exchange));
        this.macros = new BlockingMacros(new HttpMacros(shared.calls(), exchange));
        this.tickets = new BlockingTickets(new HttpTickets(shared.calls(), exchange));
        this.async = new DefaultGorgiasClientAsync(shared, requestOptions, this);
    }

    @Override
    public Customers customers() {
        return customers;
    }

    @Override
    public Integrations integrations() {
        return integrations;
    }

    @Override
    public Widgets widgets() {
        return widgets;
    }

    @Override
    public Macros macros() {
        return macros;
    }

    @Override
    public Tickets tickets() {
        return tickets;
    }

    @Override
    public RateLimitStatus rateLimitStatus() {
        return shared.pacer().status(shared.options().clock().instant());
    }

    @Override
    public GorgiasClientAsync async() {
        return async;
    }

    @Override
    public GorgiasClient withOptions(RequestOptions options) {
        return new DefaultGorgiasClient(shared, Objects.requireNonNull(options, "options"));
    }

    @Override
    public void close() {
        shared.pipeline().close();
    }

    @Override
    public String toString() {
        return "GorgiasClient[" + shared.baseUri() + "]";
    }
}
