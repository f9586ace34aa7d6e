package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.Timeouts;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One overall deadline bounds a whole Gorgias create: the set-data write that follows a create answered
 * without the data, the OAuth refresh after a 401 and the resend after it (review of issue 16, D1). The
 * answers are Gorgias's: a created customer with {@code "data": null} (REST reference, Create a customer),
 * set-data's 202 (Set a customer's data), a 401 to a revoked bearer token (Authentication) and the token
 * endpoint's refresh answer ({@link OAuthFixture}). WireMock answers at once; the time each request takes
 * is fake time moved by the {@link InlineTransport}.
 */
class WholeCallDeadlineTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String EMAIL = "jane@example.com";
    private static final Duration SLOW = Duration.ofSeconds(25);

    private final OAuthFixture oauthFixture = new OAuthFixture(wm);
    private final GorgiasFixture fixture = oauthFixture.gorgias;
    private final InlineTransport transport = new InlineTransport(fixture.time);
    private final Instant start = fixture.time.now();

    /** The fixture's options: 30 s overall and per attempt, each request taking the time the transport says. */
    private ClientOptions options() {
        return fixture.options().transport(transport)
                .timeouts(Timeouts.builder().perAttempt(Duration.ofSeconds(30)).overall(Duration.ofSeconds(30)).build())
                .build();
    }

    private void assertTimedOutAtTheOverallDeadline(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        Throwable failure = thrown instanceof CompletionException ? thrown.getCause() : thrown;
        assertThat(failure).isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue());
        assertThat(Duration.between(start, fixture.time.now())).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theDataWriteAfterASlowCreateKeepsToTheCreatesDeadline() {
        wm.stubFor(post("/api/customers").willReturn(okJson(GorgiasFixture.customer(42, EMAIL))));
        wm.stubFor(put("/api/customers/42/data").willReturn(aResponse().withStatus(202)));
        transport.takes("POST", "/api/customers", SLOW);
        transport.takes("PUT", "/api/customers/42/data", SLOW);
        CreateCustomer create = CreateCustomer.builder().email(EMAIL)
                .data(GorgiasFixture.json("{\"loyalty\":{\"points\":5}}")).build();

        try (GorgiasClient client = fixture.builder().basicAuth(GorgiasFixture.EMAIL, Secret.of(GorgiasFixture.API_KEY))
                .options(options()).build()) {
            // 25 s for the create, then 5 s left for the data write (not another 30 s: it would end at 50 s)
            assertTimedOutAtTheOverallDeadline(() -> client.customers().create(create));
        }
        wm.verify(1, putRequestedFor(urlEqualTo("/api/customers/42/data")));
    }

    /** The first POST is refused with 401 (a revoked token); the token endpoint then answers a new one. */
    private void stubRevokedThenRenewed() {
        wm.stubFor(post("/api/customers").inScenario("auth").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"msg\":\"Unauthorized\"}}")).willSetStateTo("renewed"));
        wm.stubFor(post("/api/customers").inScenario("auth").whenScenarioStateIs("renewed")
                .willReturn(okJson(GorgiasFixture.customer(42, EMAIL))));
        wm.stubFor(post("/oauth/token").willReturn(okJson(OAuthFixture.tokenAnswer(OAuthFixture.NEW_ACCESS,
                OAuthFixture.REFRESH))));
    }

    private GorgiasClient oauthClient(GorgiasOAuth oauth) {
        TokenStore store = TokenStore.inMemory();
        store.save("acme", oauthFixture.firstTokens());
        return GorgiasClient.builder().baseUri(URI.create(wm.baseUrl() + "/api"))
                .oauth(oauth.tokenProvider("acme", store)).options(options()).build();
    }

    @Test
    void theResendAfterA401KeepsToTheFirstCallsDeadline() {
        stubRevokedThenRenewed();
        transport.takes("POST", "/api/customers", SLOW);

        try (GorgiasOAuth oauth = oauthFixture.builder().options(options()).build();
             GorgiasClient client = oauthClient(oauth)) {
            assertTimedOutAtTheOverallDeadline(() -> client.customers().create(CreateCustomer.builder().email(EMAIL).build()));
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        wm.verify(2, postRequestedFor(urlEqualTo("/api/customers")));
    }

    @Test
    void theTokenRefreshAfterA401KeepsToTheFirstCallsDeadline() {
        stubRevokedThenRenewed();
        transport.takes("POST", "/api/customers", SLOW);
        transport.takes("POST", "/oauth/token", Duration.ofSeconds(10));

        try (GorgiasOAuth oauth = oauthFixture.builder().options(options()).build();
             GorgiasClient client = oauthClient(oauth)) {
            // 25 s for the refused POST, then the token request gets the 5 s left, not its own 30 s
            assertTimedOutAtTheOverallDeadline(() -> client.async().customers()
                    .create(CreateCustomer.builder().email(EMAIL).build()).join());
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/api/customers")));
    }
}
