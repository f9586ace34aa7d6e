package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An integration update is a read-modify-write that keeps what the SDK does not model. The integration read
 * back is the reference's Integration object (developers.gorgias.com/reference/the-integration-object, which
 * shows no {@code headers}), with the settings the "Update an integration" reference and the OpenAPI-derived
 * MCP server (benpalmer1/Gorgias-MCP-Server, src/tools/integrations.ts) list: {@code http.oauth2}, plus a field no source
 * names yet; {@code http.hmac_secret} is write-only there, so the read never shows it. Trigger names: the
 * Integration object spells them {@code ticket_created} (docs/vendor-facts-agent-workflow.md); older notes
 * spell {@code ticket-created}, which these requests use to show the two spellings merge as one name.
 * {@code deactivated_datetime: null} reactivates (same sources: "set to null to reactivate").
 */
class IntegrationUpdateContractTest extends WireMockClientTest {
    private static final String PATH = "/api/integrations/123";
    private static final String HMAC = "hmac-7d1f-very-secret";
    private static final String OAUTH_SECRET = "oauth-client-secret-55aa";
    private static final CreateIntegration DESIRED = CreateIntegration.builder()
            .name("My HTTP integration")
            .http(HttpSettings.builder()
                    .url("https://bridge.example.com/gorgias/loyalty?email={{ticket.customer.email}}")
                    .putHeaders("Authorization", "Bearer " + GorgiasFixture.HEADER_SECRET)
                    .putTriggers("ticket-created", true)
                    .build())
            .build();

    /** The vendor's integration, deactivated, with settings the SDK does not model. */
    private static String current() throws IOException {
        ObjectNode integration = (ObjectNode) Json.mapper().readTree(GorgiasFixture.vendor("integration.json"));
        integration.put("deactivated_datetime", "2021-02-01T08:00:00.000000").put("business_hours_id", 5);
        ObjectNode http = (ObjectNode) integration.get("http");
        http.putObject("oauth2").put("client_id", "cid").put("client_secret", OAUTH_SECRET);
        http.put("signature_version", 2);
        return integration.toString();
    }

    private JsonNode sentBody() throws IOException {
        return Json.mapper().readTree(wm.findAll(putRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString());
    }

    @Test
    void anUpdateKeepsUnmodelledSettingsAndSendsItsOwn() throws IOException {
        wm.stubFor(get(PATH).willReturn(okJson(current())));
        wm.stubFor(put(PATH).willReturn(okJson(current())));

        client.integrations().update(123, DESIRED);

        wm.verify(1, getRequestedFor(urlEqualTo(PATH)));
        JsonNode body = sentBody();
        assertThat(body.has("id")).isFalse();
        assertThat(body.has("uri")).isFalse();
        assertThat(body.has("created_datetime")).isFalse();
        assertThat(body.path("business_hours_id").asInt()).isEqualTo(5);
        assertThat(body.path("deactivated_datetime").asText()).isEqualTo("2021-02-01T08:00:00.000000");
        JsonNode http = body.path("http");
        // Write-only: never shown, so never sent back unless the request restates it.
        assertThat(http.has("hmac_secret")).isFalse();
        assertThat(http.path("oauth2").path("client_secret").asText()).isEqualTo(OAUTH_SECRET);
        assertThat(http.path("signature_version").asInt()).isEqualTo(2);
        assertThat(http.path("id").asInt()).isEqualTo(987);
        assertThat(http.path("form").path("hello").asText()).isEqualTo("world");
        assertThat(http.path("url").asText()).startsWith("https://bridge.example.com/");
        assertThat(http.path("headers").path("Authorization").asText()).isEqualTo("Bearer " + GorgiasFixture.HEADER_SECRET);
        // Triggers merge by name, '-' and '_' alike: the request's ticket-created replaces ticket_created.
        assertThat(http.path("triggers")).isEqualTo(Json.mapper().readTree("{\"ticket_updated\":true,"
                + "\"ticket_message_created\":true,\"ticket_self_unsnoozed\":true,\"ticket-created\":true}"));
        assertThat(http.path("request_content_type").asText()).isEqualTo("application/json");
        assertThat(http.path("response_content_type").asText()).isEqualTo("application/json");
    }

    @Test
    void emptyHeadersAndTriggersInTheRequestKeepTheCurrentOnesOrAreNotSent() throws IOException {
        wm.stubFor(get(PATH).willReturn(okJson(current())));
        wm.stubFor(put(PATH).willReturn(okJson(current())));
        CreateIntegration renameOnly = CreateIntegration.builder().name("Renamed")
                .http(HttpSettings.builder().url("https://company.com/api/customers?email={{ticket.customer.email}}").build())
                .build();

        client.async().integrations().update(123, renameOnly).join();

        JsonNode http = sentBody().path("http");
        // The vendor object echoes no headers: none are sent, so none the admin set are cleared.
        assertThat(http.has("headers")).isFalse();
        assertThat(http.path("triggers").path("ticket_self_unsnoozed").asBoolean()).isTrue();
    }

    @Test
    void headersEchoedOnReadMergeByNameWithTheRequestWinning() throws IOException {
        ObjectNode echoed = (ObjectNode) Json.mapper().readTree(current());
        ((ObjectNode) echoed.get("http")).putObject("headers").put("Authorization", "Bearer old-token")
                .put("X-Tenant", "acme");
        wm.stubFor(get(PATH).willReturn(okJson(echoed.toString())));
        wm.stubFor(put(PATH).willReturn(okJson(current())));

        client.integrations().update(123, DESIRED);

        assertThat(sentBody().path("http").path("headers")).isEqualTo(Json.mapper().readTree(
                "{\"Authorization\":\"Bearer " + GorgiasFixture.HEADER_SECRET + "\",\"X-Tenant\":\"acme\"}"));
    }

    @Test
    void aTriggerTurnedOffReplacesTheVendorsSpellingOfIt() throws IOException {
        wm.stubFor(get(PATH).willReturn(okJson(current())));
        wm.stubFor(put(PATH).willReturn(okJson(current())));
        CreateIntegration updatedOff = CreateIntegration.builder().from(DESIRED).http(HttpSettings.builder()
                .from(DESIRED.http()).putTriggers("ticket-updated", false).build()).build();

        client.integrations().update(123, updatedOff);

        JsonNode triggers = sentBody().path("http").path("triggers");
        assertThat(triggers.has("ticket_updated")).isFalse();
        assertThat(triggers.path("ticket-updated").asBoolean(true)).isFalse();
        assertThat(triggers.has("ticket_created")).isFalse();
    }

    @Test
    void headerNamesMergeIgnoringCaseSoAnOldTokenDoesNotSurvive() throws IOException {
        ObjectNode echoed = (ObjectNode) Json.mapper().readTree(current());
        ((ObjectNode) echoed.get("http")).putObject("headers").put("authorization", "Bearer old-token")
                .put("x-api-key", "abcdef12345");
        wm.stubFor(get(PATH).willReturn(okJson(echoed.toString())));
        wm.stubFor(put(PATH).willReturn(okJson(current())));

        client.integrations().update(123, DESIRED);

        assertThat(sentBody().path("http").path("headers")).isEqualTo(Json.mapper().readTree(
                "{\"Authorization\":\"Bearer " + GorgiasFixture.HEADER_SECRET + "\",\"x-api-key\":\"abcdef12345\"}"));
    }

    @Test
    void aWriteOnlySecretRestatedInTheRequestIsSent() throws IOException {
        wm.stubFor(get(PATH).willReturn(okJson(current())));
        wm.stubFor(put(PATH).willReturn(okJson(current())));
        CreateIntegration withHmac = CreateIntegration.builder().from(DESIRED).http(HttpSettings.builder()
                .from(DESIRED.http()).putAdditionalProperties("hmac_secret", TextNode.valueOf(HMAC)).build()).build();

        client.integrations().update(123, withHmac);

        JsonNode http = sentBody().path("http");
        assertThat(http.path("hmac_secret").asText()).isEqualTo(HMAC);
        assertThat(http.path("oauth2").path("client_secret").asText()).isEqualTo(OAUTH_SECRET);
    }

    @Test
    void activateSendsANullDeactivationKeepingTheId() throws IOException {
        wm.stubFor(get(PATH).willReturn(okJson(current())));
        wm.stubFor(put(PATH).willReturn(okJson(GorgiasFixture.vendor("integration.json"))));

        Integration updated = client.integrations().update(123,
                CreateIntegration.builder().from(DESIRED).activate(true).build());

        assertThat(updated.id()).isEqualTo(123L);
        assertThat(updated.deactivatedDatetime()).isEmpty();
        wm.verify(1, putRequestedFor(urlEqualTo(PATH))
                .withRequestBody(equalToJson("{\"deactivated_datetime\":null}", true, true)));
    }

    @Test
    void secretsSentBackAreKeptOutOfErrorMessages() throws IOException {
        String echo = "{\"error\":{\"msg\":\"Invalid settings: " + HMAC + " / " + OAUTH_SECRET + "\","
                + "\"data\":{\"http.hmac_secret\":[\"" + HMAC + " is too short\"]}}}";
        wm.stubFor(get(PATH).willReturn(okJson(current())));
        wm.stubFor(put(PATH).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(echo)));
        wm.stubFor(post("/api/integrations").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(echo)));
        CreateIntegration withHmac = CreateIntegration.builder().from(DESIRED).http(HttpSettings.builder()
                .from(DESIRED.http()).putAdditionalProperties("hmac_secret", TextNode.valueOf(HMAC)).build()).build();

        Throwable onUpdate = catchThrowable(() -> client.integrations().update(123, withHmac));
        Throwable onCreate = catchThrowable(() -> client.integrations().create(withHmac));

        for (Throwable failure : List.of(onUpdate, onCreate)) {
            assertThat(failure).isInstanceOf(GorgiasInvalidRequestException.class);
            assertThat(failure.getMessage()).contains("Invalid settings").doesNotContain(HMAC);
            assertThat(((GorgiasInvalidRequestException) failure).fieldErrors().get("http.hmac_secret").get(0))
                    .doesNotContain(HMAC).contains("is too short");
        }
        assertThat(onUpdate.getMessage()).doesNotContain(OAUTH_SECRET);
    }

    @Test
    void shortAndContentTypeHeaderValuesAreNotTakenForSecrets() {
        String echo = "{\"error\":{\"msg\":\"Invalid headers: X-Api-Version 2 needs application/json, not Bearer "
                + GorgiasFixture.HEADER_SECRET + "\"}}";
        wm.stubFor(post("/api/integrations").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(echo)));
        CreateIntegration withPlainHeaders = CreateIntegration.builder().from(DESIRED).http(HttpSettings.builder()
                .from(DESIRED.http()).putHeaders("X-Api-Version", "2").putHeaders("Content-Type", "application/json")
                .build()).build();

        Throwable onCreate = catchThrowable(() -> client.integrations().create(withPlainHeaders));

        assertThat(onCreate.getMessage()).contains("X-Api-Version 2 needs application/json")
                .doesNotContain(GorgiasFixture.HEADER_SECRET);
    }

    @Test
    void unmodelledSettingsNeverReachToString() throws IOException {
        wm.stubFor(get(PATH).willReturn(okJson(current())));

        Integration read = client.integrations().get(123);

        assertThat(read.http().orElseThrow().additionalProperties()).containsKeys("oauth2", "id");
        assertThat(read.toString()).doesNotContain(HMAC).doesNotContain(OAUTH_SECRET);
        assertThat(DESIRED.toString()).doesNotContain(GorgiasFixture.HEADER_SECRET);
        assertThat(CreateIntegration.builder().from(DESIRED).http(HttpSettings.builder().from(DESIRED.http())
                .putAdditionalProperties("hmac_secret", TextNode.valueOf(HMAC)).build())
                .build().toString()).doesNotContain(HMAC);
    }
}
