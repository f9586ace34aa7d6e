package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Timeouts;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Pipelines for tests: HTTP/1.1, fake time ({@link ManualTime}) so no test sleeps, exact back-off
 * (jitter 0, 200 ms doubling) and a listener recording every event.
 */
final class PipelineFixture {
    /** Three attempts, 200 ms then 400 ms, no jitter. */
    static final RetryPolicy EXACT_RETRIES = RetryPolicy.builder().jitter(0).build();

    final ManualTime time = ManualTime.create();
    final List<RequestEvent> events = new CopyOnWriteArrayList<>();

    /** Options with fake time, exact retries and the recording listener; tests adjust the builder. */
    ClientOptions.Builder options() {
        return ClientOptions.builder()
                .httpVersion(HttpClient.Version.HTTP_1_1)
                .clock(time.clock())
                .sleeper(time)
                .retryPolicy(EXACT_RETRIES)
                .timeouts(Timeouts.builder().perAttempt(Duration.ofSeconds(5)).build())
                .listener(events::add);
    }

    /** A pipeline on {@code baseUri} with the default fixture options, no signing, no pacing. */
    HttpPipeline pipeline(String baseUri) {
        return pipeline(baseUri, options().build());
    }

    /** A pipeline on {@code baseUri} with the given options, no signing, no pacing. */
    static HttpPipeline pipeline(String baseUri, ClientOptions options) {
        return new HttpPipeline("test", URI.create(baseUri), options, (request, now) -> Map.of(), RequestPacer.none());
    }

    /** The kinds of the recorded events, in order. */
    List<RequestEvent.Kind> kinds() {
        return events.stream().map(RequestEvent::kind).toList();
    }

    /** A non-retry-safe POST with a small JSON body. */
    static PipelineRequest post(String path) {
        return new PipelineRequest("POST", path, Map.of(), "{\"points\":5}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null, false);
    }

    /** The waits {@code n} exact retries of the default policy make. */
    static List<Duration> exactWaits(int retries) {
        return List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800)).subList(0, retries);
    }
}
