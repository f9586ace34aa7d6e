package com.annexcloud.sdk.gorgias.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Integration and widget JSON: defaults written, messy values read, unknown fields kept and written back. */
class IntegrationJsonTest {

    private static <T> T read(String json, Class<T> type) throws IOException {
        return Json.mapper().readValue(json, type);
    }

    private static JsonNode written(Object value) throws IOException {
        return Json.mapper().readTree(Json.write(value));
    }

    @Test
    void createIntegrationWritesItsDefaults() throws IOException {
        CreateIntegration create = CreateIntegration.builder().name("Loyalty")
                .http(HttpSettings.builder().url("https://x.example/l").build()).build();

        assertThat(written(create)).isEqualTo(Json.mapper().readTree("{\"name\":\"Loyalty\",\"type\":\"http\","
                + "\"http\":{\"url\":\"https://x.example/l\",\"method\":\"GET\",\"headers\":{},\"triggers\":{},"
                + "\"request_content_type\":\"application/json\",\"response_content_type\":\"application/json\"}}"));
    }

    @Test
    void settingsMapsKeepEmptyHeadersAndDropNullsAndNonsense() throws IOException {
        HttpSettings http = read("{\"url\":\"u\",\"method\":\"POST\",\"headers\":{\"a\":\"\",\"b\":null,\"c\":5,\"d\":{}},"
                + "\"triggers\":{\"ticket-created\":\"true\",\"ticket-updated\":null,\"x\":\"maybe\",\"y\":false},"
                + "\"form\":{\"email\":\"{{ticket.customer.email}}\"}}", HttpSettings.class);

        assertThat(http.method()).isEqualTo("POST");
        assertThat(http.headers()).containsExactly(Map.entry("a", ""), Map.entry("c", "5"));
        assertThat(http.triggers()).containsOnly(Map.entry("ticket-created", true), Map.entry("y", false));
        assertThat(http.form().orElseThrow().path("email").asText()).isEqualTo("{{ticket.customer.email}}");
    }

    @Test
    void missingOrNullSettingsMapsAndMethodReadAsDefaults() throws IOException {
        HttpSettings http = read("{\"url\":\"u\",\"headers\":null,\"form\":null}", HttpSettings.class);

        assertThat(http.method()).isEqualTo("GET");
        assertThat(http.headers()).isEmpty();
        assertThat(http.triggers()).isEmpty();
        assertThat(http.form()).isEmpty();
    }

    @Test
    void integrationKeepsUnknownFieldsAndWritesThemBack() throws IOException {
        Integration integration = read("{\"id\":\"12\",\"name\":\"n\",\"type\":\"http\",\"description\":\"\","
                + "\"uri\":\"/api/integrations/12/\",\"meta\":{\"k\":1}}", Integration.class);

        assertThat(integration.id()).isEqualTo(12L);
        assertThat(integration.description()).isEmpty();
        assertThat(integration.additionalProperties()).containsKeys("uri", "meta");
        assertThat(written(integration).path("uri").asText()).isEqualTo("/api/integrations/12/");
    }

    @Test
    void widgetReadsANullTemplateAsAbsent() throws IOException {
        Widget widget = read("{\"id\":1,\"context\":\"ticket\",\"integration_id\":\"7\",\"order\":\"2\",\"template\":null}",
                Widget.class);

        assertThat(widget.integrationId()).contains(7L);
        assertThat(widget.order()).contains(2);
        assertThat(widget.template()).isEmpty();
        assertThat(written(widget).path("integration_id").asLong()).isEqualTo(7L);
    }
}
