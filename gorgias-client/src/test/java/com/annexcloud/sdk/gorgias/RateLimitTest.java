package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.JdkHttpTransport;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.ManualTime;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pacing under the call limit, 429 handling, and the rate-limit status. */
class RateLimitTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/api/customers/1";
    private static final String CUSTOMER = GorgiasFixture.customer(1, "a@b.co");

    private final GorgiasFixture fixture = new GorgiasFixture(wm);

    /** Records the fake-clock time at which each attempt is sent. */
    private static final class RecordingTransport implements HttpTransport {
        private final HttpTransport delegate = JdkHttpTransport.create(Duration.ofSeconds(5), HttpClient.Version.HTTP_1_1);
        private final ManualTime time;
        final List<Instant> sent = new CopyOnWriteArrayList<>();

        RecordingTransport(ManualTime time) {
            this.time = time;
        }

        @Override
        public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
            sent.add(time.now());
            return delegate.execute(request);
        }

        @Override
        public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
            sent.add(time.now());
            return delegate.executeAsync(request);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    @Test
    void a429WaitsRetryAfterAndSucceeds() {
        wm.stubFor(get(PATH).inScenario("limited").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-after", "7")
                        .withHeader("X-Gorgias-Account-Api-Call-Limit", "40/40"))
                .willSetStateTo("open"));
        wm.stubFor(get(PATH).inScenario("limited").whenScenarioStateIs("open")
                .willReturn(okJson(CUSTOMER).withHeader("X-Gorgias-Account-Api-Call-Limit", "12/40")));

        try (GorgiasClient client = fixture.client()) {
            assertThat(client.customers().get(1).id()).isEqualTo(1L);
        }

        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(7));
        wm.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void a429AsyncWaitsRetryAfterToo() {
        wm.stubFor(get(PATH).inScenario("limited").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-after", "3")).willSetStateTo("open"));
        wm.stubFor(get(PATH).inScenario("limited").whenScenarioStateIs("open").willReturn(okJson(CUSTOMER)));

        try (GorgiasClient client = fixture.client()) {
            assertThat(client.async().customers().get(1).join().id()).isEqualTo(1L);
        }

        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void a429ThatOutlastsTheRetriesIsRateLimitedWithItsRetryAfter() {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-after", "60")
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"msg\":\"Too many requests\"}}")));

        try (GorgiasClient client = fixture.client()) {
            assertThatThrownBy(() -> client.customers().get(1))
                    .isInstanceOfSatisfying(GorgiasRateLimitedException.class, e -> {
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
                        assertThat(e.statusCode()).hasValue(429);
                        assertThat(e.vendorMessage()).contains("Too many requests");
                    });
        }
        wm.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void eventsReportThePacersWaitsOnceTheBudgetIsSpent() {
        wm.stubFor(get(PATH).willReturn(okJson(CUSTOMER)));
        List<RequestEvent> ends = new CopyOnWriteArrayList<>();

        try (GorgiasClient client = fixture.builder().basicAuth(GorgiasFixture.EMAIL, Secret.of("k"))
                .options(fixture.options().listener(e -> {
                    if (e.kind() == RequestEvent.Kind.END) {
                        ends.add(e);
                    }
                }).build()).rateLimit(GorgiasRateLimit.apiKey()).build()) {
            for (int i = 0; i < 41; i++) {
                client.customers().get(1);
            }
        }

        assertThat(ends).hasSize(41);
        assertThat(ends.subList(0, 40)).allSatisfy(e -> assertThat(e.paced()).isZero());
        assertThat(ends.get(40).paced()).isPositive().isEqualTo(fixture.time.totalSlept());
    }

    @Test
    void aBurstOf200StaysWithinALeakyBucketOf40Draining2PerSecond() {
        wm.stubFor(get(PATH).willReturn(okJson(CUSTOMER).withHeader("X-Gorgias-Account-Api-Call-Limit", "10/40")));
        RecordingTransport transport = new RecordingTransport(fixture.time);

        try (transport; GorgiasClient client = fixture.builder().basicAuth(GorgiasFixture.EMAIL, Secret.of("k"))
                .transport(transport).rateLimit(GorgiasRateLimit.apiKey()).build()) {
            for (int i = 0; i < 200; i++) {
                client.customers().get(1);
            }
            assertThat(client.rateLimitStatus().used()).isEqualTo(40);
            assertThat(client.rateLimitStatus().serverUsed()).hasValue(10);
            assertThat(client.rateLimitStatus().serverLimit()).hasValue(40);
        }

        List<Instant> sent = transport.sent;
        assertThat(sent).hasSize(200);
        // the configured budget is a cap on the client's own requests, whatever the header says
        assertThat(peakLevel(sent, 40, Duration.ofSeconds(20))).isLessThanOrEqualTo(40.0 + 1e-6);
        assertThat(Duration.between(sent.get(0), sent.get(199))).isGreaterThanOrEqualTo(Duration.ofSeconds(80));
        wm.verify(200, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aConcurrentAsyncBurstStaysWithinItsOwnBudget() {
        wm.stubFor(get(PATH).willReturn(okJson(CUSTOMER)));
        RecordingTransport transport = new RecordingTransport(fixture.time);

        try (transport; GorgiasClient client = fixture.builder().basicAuth(GorgiasFixture.EMAIL, Secret.of("k"))
                .transport(transport).rateLimit(GorgiasRateLimit.of(10, Duration.ofSeconds(10)))
                .retryPolicy(RetryPolicy.none()).build()) {
            CompletableFuture.allOf(java.util.stream.IntStream.range(0, 30)
                    .mapToObj(i -> client.async().customers().get(1)).toArray(CompletableFuture[]::new)).join();
        }

        assertThat(transport.sent).hasSize(30);
        assertThat(peakLevel(transport.sent, 10, Duration.ofSeconds(10))).isLessThanOrEqualTo(10.0 + 1e-6);
        assertThat(Duration.between(transport.sent.get(0), transport.sent.get(29)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void statusStartsEmptyWithTheConfiguredBudget() {
        try (GorgiasClient client = fixture.builder().basicAuth(GorgiasFixture.EMAIL, Secret.of("k"))
                .rateLimit(GorgiasRateLimit.of(5, Duration.ofSeconds(10))).build()) {
            RateLimitStatus status = client.rateLimitStatus();
            assertThat(status.used()).isZero();
            assertThat(status.limit()).isEqualTo(5);
            assertThat(status.window()).isEqualTo(Duration.ofSeconds(10));
            assertThat(status.serverUsed()).isEmpty();
        }
    }

    @Test
    void budgetsAreValidated() {
        assertThat(GorgiasRateLimit.apiKey()).isEqualTo(GorgiasRateLimit.of(40, Duration.ofSeconds(20)));
        assertThat(GorgiasRateLimit.oauth()).isEqualTo(GorgiasRateLimit.of(80, Duration.ofSeconds(20)));
        assertThatThrownBy(() -> GorgiasRateLimit.of(0, Duration.ofSeconds(1))).hasMessageContaining("requests");
        assertThatThrownBy(() -> GorgiasRateLimit.of(1, Duration.ZERO)).hasMessageContaining("window");
    }

    @Test
    void budgetsAreReadFromText() {
        assertThat(GorgiasRateLimit.parse("40/20s")).isEqualTo(GorgiasRateLimit.apiKey());
        assertThat(GorgiasRateLimit.parse(" 10 / 2s ")).isEqualTo(GorgiasRateLimit.of(10, Duration.ofSeconds(2)));
        assertThat(GorgiasRateLimit.parse("80/1m")).isEqualTo(GorgiasRateLimit.of(80, Duration.ofMinutes(1)));
        assertThat(GorgiasRateLimit.parse("5/500ms")).isEqualTo(GorgiasRateLimit.of(5, Duration.ofMillis(500)));
        assertThatThrownBy(() -> GorgiasRateLimit.parse("40")).hasMessageContaining("40/20s");
        assertThatThrownBy(() -> GorgiasRateLimit.parse("40/20")).hasMessageContaining("40/20s");
        assertThatThrownBy(() -> GorgiasRateLimit.parse("0/20s")).hasMessageContaining("requests");
        assertThatThrownBy(() -> GorgiasRateLimit.parse("4/0s")).hasMessageContaining("window");
    }

    /**
     * The highest level a leaky bucket of {@code limit} draining {@code limit} per {@code window} reaches when
     * fed these sends (Gorgias's model, https://developers.gorgias.com/reference/limitations).
     */
    static double peakLevel(List<Instant> sends, int limit, Duration window) {
        double perNano = limit / (double) window.toNanos();
        double level = 0;
        double peak = 0;
        Instant last = null;
        for (Instant sent : sends.stream().sorted().toList()) {
            if (last != null) {
                level = Math.max(0, level - Duration.between(last, sent).toNanos() * perNano);
            }
            level += 1;
            peak = Math.max(peak, level);
            last = sent;
        }
        return peak;
    }
}
