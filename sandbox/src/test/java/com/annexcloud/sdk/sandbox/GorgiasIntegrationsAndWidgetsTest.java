package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Raw-HTTP behaviour of {@code /api/integrations} and {@code /api/widgets}: shapes, validation, paging, state. */
@ExtendWith(SandboxExtension.class)
@SandboxConfig(sampleData = false)
class GorgiasIntegrationsAndWidgetsTest {
    private static final String MICROS_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00";
    private static final String INTEGRATION = "{\"name\":\"Loyalty\",\"http\":{\"url\":\"https://b.example/l?e={{ticket.customer.email}}\","
            + "\"headers\":{\"Authorization\":\"Bearer t-1\"},\"triggers\":{\"ticket-created\":true},"
            + "\"request_content_type\":\"application/json\",\"response_content_type\":\"application/json\"}}";

    private final Sandbox sandbox;
    private final GorgiasCalls gorgias;

    GorgiasIntegrationsAndWidgetsTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.gorgias = new GorgiasCalls(sandbox.gorgias());
    }

    private static String widget(long integrationId) {
        return "{\"integration_id\":" + integrationId + ",\"template\":{\"type\":\"wrapper\",\"widgets\":[]}}";
    }

    @Test
    void anIntegrationIsCreatedWithGorgiasDefaults() {
        long id = gorgias.createdId("/integrations", INTEGRATION);

        JsonNode integration = gorgias.get("/integrations/" + id).json();
        assertThat(integration.path("name").asText()).isEqualTo("Loyalty");
        assertThat(integration.path("type").asText()).isEqualTo("http");
        assertThat(integration.path("description").isNull()).isTrue();
        assertThat(integration.path("deactivated_datetime").isNull()).isTrue();
        assertThat(integration.path("created_datetime").asText()).matches(MICROS_UTC);
        JsonNode http = integration.path("http");
        assertThat(http.path("method").asText()).isEqualTo("GET");
        assertThat(http.path("headers").path("Authorization").asText()).isEqualTo("Bearer t-1");
        assertThat(http.path("triggers").path("ticket-created").asBoolean()).isTrue();
        assertThat(http.path("request_content_type").asText()).isEqualTo("application/json");
        assertThat(http.path("response_content_type").asText()).isEqualTo("application/json");
        assertThat(sandbox.gorgias().integrations()).containsExactly(integration);
    }

    @Test
    void anIntegrationWithoutNameOrUrlIsRefused() {
        HttpResult noName = gorgias.send("POST", "/integrations", "{\"http\":{\"url\":\"https://b.example\"}}");
        HttpResult noUrl = gorgias.send("POST", "/integrations", "{\"name\":\"n\",\"http\":{\"method\":\"GET\"}}");
        HttpResult noHttp = gorgias.send("POST", "/integrations", "{\"name\":\"n\"}");
        HttpResult notJson = gorgias.send("POST", "/integrations", "[1]");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("error").path("data").has("name")).isTrue();
        assertThat(noUrl.status()).isEqualTo(400);
        assertThat(noUrl.json().path("error").path("data").has("http.url")).isTrue();
        assertThat(noHttp.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(sandbox.gorgias().integrations()).isEmpty();
    }

    @Test
    void putChangesTheFieldsSentAndKeepsTheOthers() {
        long id = gorgias.createdId("/integrations", INTEGRATION);

        HttpResult renamed = gorgias.send("PUT", "/integrations/" + id, "{\"name\":\"Renamed\",\"id\":999}");
        HttpResult cleared = gorgias.send("PUT", "/integrations/" + id, "{\"name\":\"\"}");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("id").asLong()).isEqualTo(id);
        assertThat(renamed.json().path("name").asText()).isEqualTo("Renamed");
        assertThat(renamed.json().path("http").path("headers").path("Authorization").asText()).isEqualTo("Bearer t-1");
        assertThat(cleared.status()).isEqualTo(400);
        assertThat(sandbox.gorgias().integrations().get(0).path("name").asText()).isEqualTo("Renamed");
    }

    @Test
    void bothContentTypesAreRequired() {
        // "Create an integration" (developers.gorgias.com, OpenAPI as transcribed by withone.ai): required
        // fields inside http are method, request_content_type, response_content_type and url.
        HttpResult noRequestType = gorgias.send("POST", "/integrations", INTEGRATION.replace(
                "\"request_content_type\":\"application/json\",", ""));
        HttpResult noResponseType = gorgias.send("POST", "/integrations", INTEGRATION.replace(
                ",\"response_content_type\":\"application/json\"", ""));

        assertThat(noRequestType.status()).isEqualTo(400);
        assertThat(noRequestType.json().path("error").path("data").has("http.request_content_type")).isTrue();
        assertThat(noResponseType.status()).isEqualTo(400);
        assertThat(noResponseType.json().path("error").path("data").has("http.response_content_type")).isTrue();
        assertThat(sandbox.gorgias().integrations()).isEmpty();
    }

    @Test
    void unknownSettingsAreKeptAndANullDeactivationReactivates() {
        long id = gorgias.createdId("/integrations", INTEGRATION.replace("\"headers\"", "\"hmac_secret\":\"h-1\",\"headers\"")
                .replace("{\"name\"", "{\"business_hours_id\":5,\"name\""));

        HttpResult off = gorgias.send("PUT", "/integrations/" + id, "{\"deactivated_datetime\":\"2026-11-01T00:00:00+00:00\"}");
        HttpResult on = gorgias.send("PUT", "/integrations/" + id, "{\"deactivated_datetime\":null}");

        assertThat(off.json().path("deactivated_datetime").asText()).isEqualTo("2026-11-01T00:00:00+00:00");
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().path("id").asLong()).isEqualTo(id);
        assertThat(on.json().path("deactivated_datetime").isNull()).isTrue();
        assertThat(on.json().path("business_hours_id").asInt()).isEqualTo(5);
        // hmac_secret is write-only (benpalmer1/Gorgias-MCP-Server, src/tools/integrations.ts): kept, never shown.
        assertThat(on.json().path("http").has("hmac_secret")).isFalse();
        assertThat(gorgias.get("/integrations/" + id).json().path("http").has("hmac_secret")).isFalse();
        assertThat(gorgias.get("/integrations").json().path("data").get(0).path("http").has("hmac_secret")).isFalse();
        assertThat(sandbox.gorgias().integrations().get(0).path("http").path("hmac_secret").asText()).isEqualTo("h-1");
    }

    @Test
    void listingWidgetsAnswersABareArray() {
        // "List widgets" (developers.gorgias.com, OpenAPI as transcribed by withone.ai): the 200 example is an array.
        long integration = gorgias.createdId("/integrations", INTEGRATION);
        long first = gorgias.createdId("/widgets", widget(integration));
        long second = gorgias.createdId("/widgets", widget(integration));

        JsonNode listed = gorgias.get("/widgets?order_by=created_datetime:asc").json();

        long other = gorgias.createdId("/integrations", INTEGRATION.replace("Loyalty", "Other"));
        long third = gorgias.createdId("/widgets", widget(other));

        assertThat(listed.isArray()).isTrue();
        assertThat(listed).extracting(widget -> widget.path("id").asLong()).containsExactly(first, second);
        assertThat(gorgias.get("/widgets?integration_id=" + other).json())
                .extracting(widget -> widget.path("id").asLong()).containsExactly(third);
        assertThat(gorgias.get("/integrations").json().path("object").asText()).isEqualTo("list");
    }

    @Test
    void deleteAnswers204ThenTheIntegrationIsGone() {
        long id = gorgias.createdId("/integrations", INTEGRATION);

        assertThat(gorgias.send("DELETE", "/integrations/" + id, null).status()).isEqualTo(204);
        assertThat(gorgias.get("/integrations/" + id).status()).isEqualTo(404);
        assertThat(gorgias.send("DELETE", "/integrations/" + id, null).status()).isEqualTo(404);
        assertThat(gorgias.get("/integrations/abc").status()).isEqualTo(404);
        assertThat(sandbox.gorgias().integrations()).isEmpty();
    }

    @Test
    void aWidgetNeedsAnExistingIntegration() {
        long integration = gorgias.createdId("/integrations", INTEGRATION);

        HttpResult missing = gorgias.send("POST", "/widgets", "{\"template\":{}}");
        HttpResult unknown = gorgias.send("POST", "/widgets", widget(integration + 1000));
        HttpResult garbage = gorgias.send("POST", "/widgets", "{\"integration_id\":\"seven\"}");
        long id = gorgias.createdId("/widgets", widget(integration));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("error").path("data").has("integration_id")).isTrue();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("error").path("data").path("integration_id").get(0).asText())
                .isEqualTo("Integration not found.");
        assertThat(garbage.status()).isEqualTo(400);
        JsonNode widget = gorgias.get("/widgets/" + id).json();
        assertThat(widget.path("integration_id").asLong()).isEqualTo(integration);
        assertThat(widget.path("context").asText()).isEqualTo("ticket");
        assertThat(widget.path("type").asText()).isEqualTo("http");
        assertThat(widget.path("order").asInt()).isZero();
        assertThat(widget.path("template").path("type").asText()).isEqualTo("wrapper");
        assertThat(sandbox.gorgias().widgets()).containsExactly(widget);
    }

    @Test
    void widgetsArePutAndDeleted() {
        long integration = gorgias.createdId("/integrations", INTEGRATION);
        long id = gorgias.createdId("/widgets", widget(integration));

        HttpResult moved = gorgias.send("PUT", "/widgets/" + id, "{\"order\":4,\"context\":\"customer\"}");
        HttpResult orphaned = gorgias.send("PUT", "/widgets/" + id, "{\"integration_id\":123456}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("order").asInt()).isEqualTo(4);
        assertThat(moved.json().path("context").asText()).isEqualTo("customer");
        assertThat(orphaned.status()).isEqualTo(400);
        assertThat(gorgias.send("DELETE", "/widgets/" + id, null).status()).isEqualTo(204);
        assertThat(sandbox.gorgias().widgets()).isEmpty();
    }

    @Test
    void listsPageWithCursors() {
        for (int i = 0; i < 5; i++) {
            gorgias.createdId("/integrations", INTEGRATION.replace("Loyalty", "L" + i));
        }
        List<String> names = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = gorgias.get("/integrations?limit=2" + (next == null ? "" : "&cursor=" + next)).json();
            assertThat(page.path("object").asText()).isEqualTo("list");
            page.path("data").forEach(item -> names.add(item.path("name").asText()));
            next = page.path("meta").path("next_cursor").isNull() ? null : page.path("meta").path("next_cursor").asText();
            pages++;
        } while (next != null);

        assertThat(names).containsExactlyInAnyOrder("L0", "L1", "L2", "L3", "L4");
        assertThat(pages).isEqualTo(3);
        assertThat(gorgias.get("/widgets?limit=0").status()).isEqualTo(400);
        assertThat(gorgias.get("/widgets?cursor=nonsense").status()).isEqualTo(400);
    }

    @Test
    void authRateLimitFaultsAndCountersApply() {
        HttpResult anonymous = gorgias.send("GET", "/integrations", null, null);
        sandbox.gorgias().faults().failNext("POST", "/widgets", 503, 1);
        HttpResult failed = gorgias.send("POST", "/widgets", widget(1));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.headers().firstValue("X-Gorgias-Account-Api-Call-Limit")).isPresent();
        assertThat(gorgias.get("/widgets").headers().firstValue("X-Gorgias-Account-Api-Call-Limit")).isPresent();
        assertThat(sandbox.gorgias().requests().count("*", "/(integrations|widgets)")).isEqualTo(3);
        sandbox.gorgias().budget(1, Duration.ofSeconds(20));
        gorgias.get("/integrations");
        HttpResult limited = gorgias.get("/integrations");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-after")).isPresent();
    }

    @Test
    void resetForgetsIntegrationsAndWidgetsAndRestartsIds() {
        long first = gorgias.createdId("/integrations", INTEGRATION);
        gorgias.createdId("/widgets", widget(first));

        sandbox.reset();

        assertThat(sandbox.gorgias().integrations()).isEmpty();
        assertThat(sandbox.gorgias().widgets()).isEmpty();
        assertThat(gorgias.createdId("/integrations", INTEGRATION)).isEqualTo(first);
    }
}
