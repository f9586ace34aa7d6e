package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.gorgias.Customers;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.Integrations;
import com.annexcloud.sdk.gorgias.RateLimitStatus;
import com.annexcloud.sdk.gorgias.Widgets;
import java.net.URI;

/** The {@link GorgiasClient} that {@link GorgiasClient.Builder#build()} returns. */
public final class DefaultGorgiasClient implements GorgiasClient {
    private final URI baseUri;
    private final ClientOptions options;
    private final RateLimitPacer pacer;
    private final HttpPipeline pipeline;
    private final Customers customers;
    private final Integrations integrations;
    private final Widgets widgets;

    /** Wires the pipeline, the pacer and the resources; the builder has checked every argument. */
    public DefaultGorgiasClient(URI baseUri, GorgiasAuth auth, RateLimitPacer pacer, ClientOptions options) {
        this.baseUri = baseUri;
        this.options = options;
        this.pacer = pacer;
        this.pipeline = new HttpPipeline("gorgias", baseUri, options, auth, pacer);
        ResourceCalls calls = new ResourceCalls(pipeline, auth);
        this.customers = new HttpCustomers(calls);
        this.integrations = new HttpIntegrations(calls);
        this.widgets = new HttpWidgets(calls);
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
    public RateLimitStatus rateLimitStatus() {
        return pacer.status(options.clock().instant());
    }

    @Override
    public void close() {
        pipeline.close();
    }

    @Override
    public String toString() {
        return "GorgiasClient[" + baseUri + "]";
    }
}
