package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.Sleeper;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cancelling an async call stops it: no further attempt, wait, lookup or resend, and the attempt in flight is
 * cancelled (review of issue 16, D4). Gorgias answers a passing failure with a 503 and its error body (REST
 * reference, errors); a create with an email is then retried after a lookup by email.
 */
class CancellationTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final CreateCustomer CREATE = CreateCustomer.builder().email("jane@example.com").name("Jane").build();

    private final GorgiasFixture fixture = new GorgiasFixture(wm);
    private final List<RequestEvent> events = new CopyOnWriteArrayList<>();
    /** The retry waits asked for, completed only by the test (as time passing would). */
    private final List<CompletableFuture<Void>> waits = new CopyOnWriteArrayList<>();
    private final Sleeper heldWaits = new Sleeper() {
        @Override
        public void sleep(Duration duration) {
            throw new AssertionError("an async call slept on a thread");
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            if (duration.isZero()) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> wait = new CompletableFuture<>();
            waits.add(wait);
            return wait;
        }
    };

    private GorgiasClient client(HttpTransport transport) {
        return fixture.builder().basicAuth(GorgiasFixture.EMAIL, Secret.of(GorgiasFixture.API_KEY))
                .options(fixture.options().sleeper(heldWaits).transport(transport).listener(events::add).build()).build();
    }

    @Test
    void cancellingDuringTheRetryWaitSendsNothingMore() {
        wm.stubFor(post("/api/customers").willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"An external service had an issue.\"}}")));
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(okJson(GorgiasFixture.page("", null))));

        try (GorgiasClient client = client(new InlineTransport(fixture.time))) {
            CompletableFuture<Customer> call = client.async().customers().create(CREATE);
            assertThat(waits).hasSize(1);

            assertThat(call.cancel(true)).isTrue();
            // The wait's time passing: a call that was not stopped would now look up the email and post again.
            waits.get(0).complete(null);

            assertThat(waits.get(0)).isCancelled();
            assertThat(call).isCancelled();
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/api/customers")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/api/customers")));
        assertThat(events).extracting(RequestEvent::kind)
                .containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.RETRY, RequestEvent.Kind.END);
    }

    @Test
    void cancellingCancelsTheAttemptInFlight() {
        List<CompletableFuture<TransportResponse>> inFlight = new CopyOnWriteArrayList<>();
        HttpTransport neverAnswering = new HttpTransport() {
            @Override
            public TransportResponse execute(TransportRequest request) {
                throw new AssertionError("an async call sent on the calling thread");
            }

            @Override
            public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
                CompletableFuture<TransportResponse> response = new CompletableFuture<>();
                inFlight.add(response);
                return response;
            }
        };

        try (GorgiasClient client = client(neverAnswering)) {
            CompletableFuture<Customer> call = client.async().customers().get(42);
            assertThat(inFlight).hasSize(1);

            call.cancel(true);

            assertThat(inFlight.get(0)).isCancelled();
        }
        assertThat(events).extracting(RequestEvent::kind).containsExactly(RequestEvent.Kind.START, RequestEvent.Kind.END);
    }
}
