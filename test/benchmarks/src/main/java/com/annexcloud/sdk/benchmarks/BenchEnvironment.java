package com.annexcloud.sdk.benchmarks;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RequestListener;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** A sandbox and clients for a benchmark, and the statistics every benchmark prints. */
final class BenchEnvironment implements AutoCloseable {
    final Sandbox sandbox;
    final AnnexCloudClient annex;
    final GorgiasClient gorgias;

    BenchEnvironment(Sandbox sandbox, GorgiasRateLimit rateLimit) {
        this(sandbox, Optional.of(rateLimit), RequestListener.none());
    }

    /**
     * Clients on the sandbox; without a rate limit the Gorgias client is at its defaults (it learns the
     * budget from the sandbox's answers), and {@code gorgiasListener} sees its requests.
     */
    BenchEnvironment(Sandbox sandbox, Optional<GorgiasRateLimit> rateLimit, RequestListener gorgiasListener) {
        this.sandbox = sandbox;
        ClientOptions options = ClientOptions.builder().timeouts(com.annexcloud.sdk.core.Timeouts.builder()
                .overall(Duration.ofMinutes(5)).build()).build();
        this.annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
                .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret()).options(options).build();
        GorgiasClient.Builder gorgiasBuilder = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey())
                .options(ClientOptions.builder().from(options).listener(gorgiasListener).build());
        rateLimit.ifPresent(gorgiasBuilder::rateLimit);
        this.gorgias = gorgiasBuilder.build();
    }

    /** Makes the JDK HTTP server send small responses at once (see docs/performance.md). */
    static void tuneJdkHttpServer() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[index] / 1_000_000.0;
    }

    @Override
    public void close() {
        annex.close();
        gorgias.close();
        sandbox.close();
    }
}
