package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.PagedIterable;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.OutcomeUnknownException;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request shape of every integration call (method, path, auth, exact body), paging, errors and create retries. */
class IntegrationsContractTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/api/integrations/123";
    static final CreateIntegration CREATE = CreateIntegration.builder()
            .name("Annex Cloud loyalty")
            .description("Loyalty card")
            .http(HttpSettings.builder()
                    .url("https://bridge.example.com/gorgias/loyalty?email={{ticket.customer.email}}")
                    .putHeaders("Authorization", "Bearer " + GorgiasFixture.HEADER_SECRET)
                    .putTriggers(HttpSettings.TICKET_CREATED, true)
                    .putTriggers(HttpSettings.TICKET_UPDATED, true)
                    .requestContentType("application/json")
                    .build())
            .build();
    static final String CREATE_JSON = "{\"name\":\"Annex Cloud loyalty\",\"type\":\"http\",\"description\":\"Loyalty card\","
            + "\"http\":{\"url\":\"https://bridge.example.com/gorgias/loyalty?email={{ticket.customer.email}}\","
            + "\"method\":\"GET\",\"headers\":{\"Authorization\":\"Bearer " + GorgiasFixture.HEADER_SECRET + "\"},"
            + "\"triggers\":{\"ticket_created\":true,\"ticket_updated\":true},"
            + "\"request_content_type\":\"application/json\",\"response_content_type\":\"application/json\"}}";

    private GorgiasFixture fixture;
    private GorgiasClient client;
    private Integrations integrations;
    private IntegrationsAsync integrationsAsync;

    @BeforeEach
    void setUp() {
        fixture = new GorgiasFixture(wm);
        client = fixture.client();
        integrations = client.integrations();
        integrationsAsync = client.async().integrations();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static String integration(long id, String name) {
        return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"type\":\"http\",\"http\":{\"url\":\"https://x.example/" + id
                + "\",\"method\":\"GET\",\"headers\":{},\"triggers\":{}},\"deactivated_datetime\":null}";
    }

    @Test
    void createPostsTheExactBodyWithDefaultsAndBasicAuth() {
        wm.stubFor(post("/api/integrations").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(GorgiasFixture.sampleIntegration())));

        Integration created = integrations.create(CREATE);

        assertThat(created.id()).isEqualTo(123L);
        assertThat(created.http().orElseThrow().headers())
                .containsEntry("Authorization", "Bearer " + GorgiasFixture.HEADER_SECRET);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/integrations"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(CREATE_JSON)));
    }

    @Test
    void bothContentTypesAreAlwaysSent() {
        // "Create an integration" (developers.gorgias.com, OpenAPI as transcribed by withone.ai): http.method,
        // http.request_content_type, http.response_content_type and http.url are required; both content
        // types default to application/json.
        wm.stubFor(post("/api/integrations").willReturn(okJson(GorgiasFixture.vendor("integration.json"))));
        CreateIntegration bare = CreateIntegration.builder().name("My HTTP integration")
                .http(HttpSettings.builder().url("https://company.com/api/customers?email={{ticket.customer.email}}").build())
                .build();

        integrations.create(bare);

        wm.verify(1, postRequestedFor(urlEqualTo("/api/integrations")).withRequestBody(equalToJson(
                "{\"name\":\"My HTTP integration\",\"type\":\"http\",\"http\":{"
                        + "\"url\":\"https://company.com/api/customers?email={{ticket.customer.email}}\",\"method\":\"GET\","
                        + "\"headers\":{},\"triggers\":{},\"request_content_type\":\"application/json\","
                        + "\"response_content_type\":\"application/json\"}}")));
    }

    @Test
    void createAsyncPostsTheSameRequest() {
        wm.stubFor(post("/api/integrations").willReturn(okJson(GorgiasFixture.sampleIntegration())));

        assertThat(integrationsAsync.create(CREATE).join().name()).isEqualTo("Annex Cloud loyalty");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/integrations")).withRequestBody(equalToJson(CREATE_JSON)));
    }

    @Test
    void getReadsTheRealShape() {
        wm.stubFor(get(PATH).willReturn(okJson(GorgiasFixture.sampleIntegration())));

        Integration integration = integrations.get(123);

        assertThat(integration.type()).isEqualTo("http");
        assertThat(integration.description()).contains("Loyalty card of the ticket's customer");
        assertThat(integration.deactivatedDatetime()).isEmpty();
        HttpSettings http = integration.http().orElseThrow();
        assertThat(http.url()).endsWith("?email={{ticket.customer.email}}");
        assertThat(http.method()).isEqualTo("GET");
        assertThat(http.headers()).containsEntry("x-empty", "");
        assertThat(http.triggers()).containsEntry(HttpSettings.TICKET_CREATED, true)
                .containsEntry(HttpSettings.TICKET_MESSAGE_CREATED, false);
        assertThat(http.requestContentType()).contains("application/json");
        assertThat(http.responseContentType()).contains("application/json");
        assertThat(http.form()).isEmpty();
        assertThat(integration.additionalProperties()).containsKeys("uri", "created_datetime", "locked_datetime");
        wm.verify(1, getRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(absent()));
    }

    @Test
    void getAsyncReadsOneIntegration() {
        wm.stubFor(get(PATH).willReturn(okJson(GorgiasFixture.sampleIntegration())));

        assertThat(integrationsAsync.get(123).join().id()).isEqualTo(123L);
        wm.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    /** An integration as read back carrying only what the server owns, so an update's body is the request alone. */
    private static final String SERVER_OWNED_ONLY = "{\"id\":123,\"uri\":\"/api/integrations/123/\","
            + "\"created_datetime\":\"2021-01-07T13:00:00.123456\",\"updated_datetime\":\"2021-01-07T13:00:00.123456\"}";

    @Test
    void updatePutsTheWholeRequest() {
        wm.stubFor(get(PATH).willReturn(okJson(SERVER_OWNED_ONLY)));
        wm.stubFor(put(PATH).willReturn(okJson(GorgiasFixture.sampleIntegration())));

        integrations.update(123, CREATE);
        integrationsAsync.update(123, CREATE).join();

        wm.verify(2, putRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(equalToJson(CREATE_JSON)));
    }

    @Test
    void updateIsRetriedAfterA503() {
        wm.stubFor(get(PATH).willReturn(okJson(SERVER_OWNED_ONLY)));
        wm.stubFor(put(PATH).inScenario("put").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.stubFor(put(PATH).inScenario("put").whenScenarioStateIs("up")
                .willReturn(okJson(GorgiasFixture.sampleIntegration())));

        assertThat(integrations.update(123, CREATE).id()).isEqualTo(123L);
        wm.verify(2, putRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void deleteSendsDelete() {
        wm.stubFor(delete(PATH).willReturn(aResponse().withStatus(204)));

        integrations.delete(123);
        integrationsAsync.delete(123).join();

        wm.verify(2, deleteRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(absent()));
    }

    @Test
    void listFollowsCursorsLazily() {
        wm.stubFor(get(urlEqualTo("/api/integrations")).willReturn(okJson(GorgiasFixture.page(
                integration(1, "one") + "," + integration(2, "two"), "c2"))));
        wm.stubFor(get(urlEqualTo("/api/integrations?cursor=c2")).willReturn(okJson(GorgiasFixture.page(
                integration(3, "three"), null))));

        PagedIterable<Integration> all = integrations.list();
        wm.verify(0, getRequestedFor(urlPathEqualTo("/api/integrations")));

        assertThat(all.stream().map(Integration::name)).containsExactly("one", "two", "three");
        wm.verify(1, getRequestedFor(urlEqualTo("/api/integrations")).withHeader("Authorization", equalTo(GorgiasFixture.BASIC)));
        wm.verify(1, getRequestedFor(urlEqualTo("/api/integrations?cursor=c2")));
    }

    @Test
    void errorsMapToTypedExceptions() {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"Resource not found.\"}}")));
        wm.stubFor(post("/api/integrations").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"Validation error.\",\"data\":{\"http.url\":[\"Missing data.\"]}}}")));

        assertThatThrownBy(() -> integrations.get(123)).isInstanceOf(GorgiasNotFoundException.class)
                .hasMessageContaining("Resource not found.");
        assertThatThrownBy(() -> integrations.create(CREATE))
                .isInstanceOfSatisfying(GorgiasInvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("http.url"));
        assertThatThrownBy(() -> integrationsAsync.get(123).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(GorgiasNotFoundException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/integrations")));
    }

    @Test
    void argumentsAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> integrations.get(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> integrations.delete(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> integrations.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("request");
        assertThatThrownBy(() -> integrations.update(1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CreateIntegration.builder().name(" ").http(CREATE.http()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundByNameNotMadeTwice() {
        wm.stubFor(post("/api/integrations").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get(urlEqualTo("/api/integrations")).willReturn(okJson(GorgiasFixture.page(
                integration(1, "other"), "c2"))));
        wm.stubFor(get(urlEqualTo("/api/integrations?cursor=c2")).willReturn(okJson(GorgiasFixture.page(
                integration(9, "Annex Cloud loyalty"), null))));

        Integration found = integrations.create(CREATE);

        assertThat(found.id()).isEqualTo(9L);
        assertThat(fixture.time.sleeps()).contains(Duration.ofMillis(200));
        wm.verify(1, postRequestedFor(urlEqualTo("/api/integrations")));
        wm.verify(1, getRequestedFor(urlEqualTo("/api/integrations?cursor=c2")));
    }

    /**
     * An integration as Gorgias lists it (The Integration object, developers.gorgias.com/reference/integrations:
     * {@code id}, {@code type}, {@code name}, {@code created_datetime} in UTC without an offset).
     */
    private static String integration(long id, String name, String type, String created) {
        return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"http\":null,"
                + "\"created_datetime\":\"" + created + "\",\"deactivated_datetime\":null}";
    }

    /** The first POST's answer is lost, a second POST creates integration 11. */
    private void stubLostThenCreated() {
        wm.stubFor(post("/api/integrations").inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("retried"));
        wm.stubFor(post("/api/integrations").inScenario("create").whenScenarioStateIs("retried")
                .willReturn(okJson(integration(11, "Annex Cloud loyalty"))));
    }

    @Test
    void theLookupOfALostCreateIgnoresASameNamedIntegrationOfAnotherType() {
        // The installer keeps only type "http" too; an email integration of that name is not the lost create
        // (review of issue 16, D8).
        stubLostThenCreated();
        wm.stubFor(get(urlEqualTo("/api/integrations")).willReturn(okJson(GorgiasFixture.page(
                integration(5, "Annex Cloud loyalty", "email", "2026-01-01T00:00:00.100000"), null))));

        assertThat(integrations.create(CREATE).id()).isEqualTo(11L);
        wm.verify(2, postRequestedFor(urlEqualTo("/api/integrations")));
    }

    @Test
    void theLookupPrefersTheNewestMatchNotOlderThanTheCall() {
        // The fixture's clock starts at 2026-01-01T00:00:00Z: id 3 predates the call, 12 and 8 do not.
        wm.stubFor(post("/api/integrations").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get(urlEqualTo("/api/integrations")).willReturn(okJson(GorgiasFixture.page(
                integration(3, "Annex Cloud loyalty", "http", "2025-06-01T10:00:00.000000") + ","
                        + integration(12, "Annex Cloud loyalty", "http", "2026-01-01T00:00:00.100000") + ","
                        + integration(8, "Annex Cloud loyalty", "http", "2026-01-01T00:00:00.050000+00:00"), null))));

        assertThat(integrationsAsync.create(CREATE).join().id()).isEqualTo(12L);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/integrations")));
    }

    @Test
    void aLostCreateWhoseOnlyMatchPredatesTheCallIsOutcomeUnknown() {
        stubLostThenCreated();
        wm.stubFor(get(urlEqualTo("/api/integrations")).willReturn(okJson(GorgiasFixture.page(
                integration(3, "Annex Cloud loyalty", "http", "2025-06-01T10:00:00.000000"), null))));

        assertThatThrownBy(() -> integrations.create(CREATE)).isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("existed before");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/integrations")));
    }

    @Test
    void aCreateThatDidNotLandIsSentAgainAfterTheRetryAfter() {
        wm.stubFor(post("/api/integrations").inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("open"));
        wm.stubFor(post("/api/integrations").inScenario("create").whenScenarioStateIs("open")
                .willReturn(okJson(integration(10, "Annex Cloud loyalty"))));
        wm.stubFor(get(urlEqualTo("/api/integrations")).willReturn(okJson(GorgiasFixture.page("", null))));

        Integration created = integrationsAsync.create(CREATE).join();

        assertThat(created.id()).isEqualTo(10L);
        assertThat(fixture.time.sleeps()).contains(Duration.ofSeconds(3));
        wm.verify(2, postRequestedFor(urlEqualTo("/api/integrations")).withRequestBody(equalToJson(CREATE_JSON)));
    }

    @Test
    void aCreateRefusedWithA400IsNotRetried() {
        wm.stubFor(post("/api/integrations").willReturn(aResponse().withStatus(400)));

        assertThatThrownBy(() -> integrations.create(CREATE)).isInstanceOf(GorgiasInvalidRequestException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/integrations")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/api/integrations")));
    }

    @Test
    void aCreateThatNeverLandsFailsAfterMaxAttempts() {
        wm.stubFor(post("/api/integrations").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get(urlEqualTo("/api/integrations")).willReturn(okJson(GorgiasFixture.page("", null))));

        assertThatThrownBy(() -> integrations.create(CREATE)).isInstanceOf(TransportException.class);
        wm.verify(3, postRequestedFor(urlEqualTo("/api/integrations")));
        wm.verify(2, getRequestedFor(urlEqualTo("/api/integrations")));
    }

    @Test
    void deactivationDatetimeIsRead() {
        wm.stubFor(get(PATH).willReturn(okJson("{\"id\":123,\"name\":\"n\",\"type\":\"http\",\"http\":null,"
                + "\"deactivated_datetime\":\"2024-03-02T08:30:00.000000+00:00\"}")));

        Integration integration = integrations.get(123);

        assertThat(integration.http()).isEmpty();
        assertThat(integration.deactivatedDatetime()).contains(OffsetDateTime.parse("2024-03-02T08:30:00Z"));
    }
}
