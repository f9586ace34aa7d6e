package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A create is retried only after checking by email that it did not land, so no duplicate is made. */
class CreateDeduplicationTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String EMAIL = "jane@example.com";
    private static final String LOOKUP = "/api/customers?email=jane%40example.com";
    private static final CreateCustomer CREATE = CreateCustomer.builder().email(EMAIL).name("Jane").build();

    private GorgiasFixture fixture;
    private GorgiasClient client;

    @BeforeEach
    void setUp() {
        fixture = new GorgiasFixture(wm);
        client = fixture.client();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    /** The first POST lands but its response is lost; afterwards the customer is findable by email. */
    private void stubLostResponse() {
        wm.stubFor(post("/api/customers").inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("landed"));
        wm.stubFor(post("/api/customers").inScenario("create").whenScenarioStateIs("landed")
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"msg\":\"duplicate\"}}")));
        wm.stubFor(get(urlPathEqualTo("/api/customers")).inScenario("create").whenScenarioStateIs("landed")
                .withQueryParam("email", equalTo(EMAIL))
                .willReturn(okJson(GorgiasFixture.page(GorgiasFixture.customer(42, EMAIL), null))));
    }

    @Test
    void aLostResponseDoesNotCreateADuplicate() {
        stubLostResponse();

        Customer customer = client.customers().create(CREATE);

        assertThat(customer.id()).isEqualTo(42L);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/customers")));
        wm.verify(1, getRequestedFor(urlEqualTo(LOOKUP)));
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void aLostResponseDoesNotCreateADuplicateAsync() {
        stubLostResponse();

        assertThat(client.async().customers().create(CREATE).join().id()).isEqualTo(42L);

        wm.verify(1, postRequestedFor(urlEqualTo("/api/customers")));
    }

    @Test
    void aCreateThatDidNotLandIsSentAgain() {
        wm.stubFor(post("/api/customers").inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-after", "4")).willSetStateTo("open"));
        wm.stubFor(post("/api/customers").inScenario("create").whenScenarioStateIs("open")
                .willReturn(okJson(GorgiasFixture.customer(43, EMAIL))));
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(okJson(GorgiasFixture.page("", null))));

        assertThat(client.customers().create(CREATE).id()).isEqualTo(43L);

        wm.verify(2, postRequestedFor(urlEqualTo("/api/customers")));
        // A 429 is the leaky bucket refusing the request (reference/gorgias.md, "Rate limits"; Gorgias's
        // rate-limit page): nothing was created, so it is sent again without a lookup.
        wm.verify(0, getRequestedFor(urlEqualTo(LOOKUP)));
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(4));
    }

    @Test
    void retriesAreBoundedByMaxAttempts() {
        wm.stubFor(post("/api/customers").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"An external service had an issue.\"}}")));
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(okJson(GorgiasFixture.page("", null))));

        assertThatThrownBy(() -> client.customers().create(CREATE))
                .isExactlyInstanceOf(GorgiasException.class)
                .hasMessageContaining("An external service had an issue.");

        wm.verify(3, postRequestedFor(urlEqualTo("/api/customers")));
        wm.verify(2, getRequestedFor(urlEqualTo(LOOKUP)));
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    /** Every POST loses its answer and no lookup finds the customer: only the deadline can end the call. */
    private void stubAnswersAlwaysLost() {
        wm.stubFor(post("/api/customers").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(okJson(GorgiasFixture.page("", null))));
    }

    private GorgiasClient clientWithDeadline(Duration overall) {
        return fixture.builder().basicAuth(GorgiasFixture.EMAIL, com.annexcloud.sdk.core.Secret.of(GorgiasFixture.API_KEY))
                .timeouts(com.annexcloud.sdk.core.Timeouts.builder().overall(overall).build()).build();
    }

    @Test
    void theOverallDeadlineBoundsACreateWhoseAnswersAreLost() {
        stubAnswersAlwaysLost();
        try (GorgiasClient bounded = clientWithDeadline(Duration.ofMillis(500))) {
            // 200 ms wait, lookup, second attempt; the 400 ms wait after it would pass the 500 ms deadline.
            assertThatThrownBy(() -> bounded.customers().create(CREATE)).isInstanceOf(TransportException.class);
            assertThatThrownBy(() -> bounded.async().customers().create(CREATE).join())
                    .hasCauseInstanceOf(TransportException.class);
        }

        wm.verify(4, postRequestedFor(urlEqualTo("/api/customers")));
        wm.verify(2, getRequestedFor(urlEqualTo(LOOKUP)));
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(200));
    }

    @Test
    void theLookupBeforeAResendSpendsTheSameDeadline() {
        wm.stubFor(post("/api/customers").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(aResponse().withStatus(503)));
        try (GorgiasClient bounded = clientWithDeadline(Duration.ofMillis(500))) {
            // 200 ms wait, lookup answered 503 twice (200 ms between): the lookup's 400 ms wait would pass
            // the create's deadline, so the check cannot tell and the create is not sent again.
            assertThatThrownBy(() -> bounded.customers().create(CREATE)).isInstanceOf(TransportException.class);
        }

        wm.verify(1, postRequestedFor(urlEqualTo("/api/customers")));
        wm.verify(2, getRequestedFor(urlEqualTo(LOOKUP)));
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(200));
    }

    @Test
    void withoutAnEmailTheFirstFailureIsFinal() {
        wm.stubFor(post("/api/customers").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client.customers().create(CreateCustomer.builder().name("No Email").build()))
                .isInstanceOf(TransportException.class);
        assertThatThrownBy(() -> client.async().customers().create(CreateCustomer.builder().name("No Email").build()).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(TransportException.class);

        wm.verify(2, postRequestedFor(urlEqualTo("/api/customers")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/api/customers")));
    }

    @Test
    void aValidationErrorIsNeverRetried() {
        wm.stubFor(post("/api/customers").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"Invalid\",\"data\":{\"email\":[\"Already used.\"]}}}")));

        assertThatThrownBy(() -> client.customers().create(CREATE))
                .isInstanceOfSatisfying(GorgiasInvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("email", java.util.List.of("Already used.")));

        wm.verify(1, postRequestedFor(urlEqualTo("/api/customers")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/api/customers")));
    }
}
