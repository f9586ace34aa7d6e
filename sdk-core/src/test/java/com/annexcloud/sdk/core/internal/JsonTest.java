package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.UnreadableResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
    private static final RequestDescription REQUEST = new RequestDescription("GET", "/users/42");

    private static TransportResponse response(int status, String contentType, String body) {
        Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
        return new TransportResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static TransportResponse json(String body) {
        return response(200, "application/json; charset=utf-8", body);
    }

    private static UnreadableResponseException unreadable(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(UnreadableResponseException.class);
        return (UnreadableResponseException) thrown;
    }

    @Test
    void readsAModel() {
        SampleModel model = Json.read(json("{\"pointsToNextTier\":120,\"phone\":\"555\"}"), REQUEST, SampleModel.class);

        assertThat(model.pointsToNextTier()).contains(120L);
        assertThat(model.phone()).contains("555");
    }

    @Test
    void readsWithoutAContentType() {
        assertThat(Json.readTree(response(200, null, "{\"a\":1}"), REQUEST).get("a").asInt()).isEqualTo(1);
    }

    @Test
    void readsProblemJson() {
        assertThat(Json.readTree(response(400, "application/problem+json", "{\"a\":1}"), REQUEST).has("a")).isTrue();
    }

    @Test
    void htmlBodyIsNotJson() {
        UnreadableResponseException e = unreadable(() -> Json.read(
                response(502, "text/html", "<html><body>Bad Gateway from nginx-7</body></html>"), REQUEST, SampleModel.class));

        assertThat(e).hasMessage("response is not JSON (Content-Type text/html) (GET /users/42, HTTP 502)");
        assertThat(e.statusCode()).hasValue(502);
        assertThat(e.getMessage()).doesNotContain("nginx-7");
    }

    @Test
    void htmlBodyLabelledAsJsonIsStillNotJson() {
        UnreadableResponseException e = unreadable(() -> Json.readTree(
                json("\n  <!DOCTYPE html><title>Maintenance window</title>"), REQUEST));

        assertThat(e).hasMessageStartingWith("response is not JSON");
        assertThat(e.getMessage()).doesNotContain("Maintenance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\r\n"})
    void emptyBodyIsReportedAsEmpty(String body) {
        UnreadableResponseException e = unreadable(() -> Json.read(json(body), REQUEST, SampleModel.class));

        assertThat(e).hasMessage("response body is empty, expected JSON (GET /users/42, HTTP 200)");
    }

    @Test
    void jsonAfterLongLeadingWhitespaceIsRead() {
        String body = " ".repeat(100) + "{\"pointsToNextTier\":\"5\"}";

        assertThat(Json.read(json(body), REQUEST, SampleModel.class).pointsToNextTier()).contains(5L);
    }

    @Test
    void truncatedJsonIsReportedWithoutEchoingTheBody() {
        UnreadableResponseException e = unreadable(() -> Json.read(
                json("{\"phone\":\"555-0100\",\"secretNote\":\"hunter2"), REQUEST, SampleModel.class));

        assertThat(e).hasMessageStartingWith("response is not valid JSON for SampleModel: ")
                .hasMessageContaining("truncated")
                .hasMessageContaining("line 1");
        assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("555-0100");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void garbageTokenIsNotEchoed() {
        UnreadableResponseException e = unreadable(() -> Json.readTree(json("sk_live_4f9aZZtopsecret"), REQUEST));

        assertThat(e).hasMessageStartingWith("response is not valid JSON for JsonNode: malformed JSON at line 1");
        assertThat(e.getMessage()).doesNotContain("sk_live").doesNotContain("topsecret");
    }

    @Test
    void wrongContentTypeIsRefusedEvenForValidJson() {
        UnreadableResponseException e = unreadable(() -> Json.readTree(response(200, "text/plain", "{\"a\":1}"), REQUEST));

        assertThat(e).hasMessage("response is not JSON (Content-Type text/plain) (GET /users/42, HTTP 200)");
    }

    @Test
    void valueOfTheWrongShapeNamesTheFieldButNotTheValue() {
        UnreadableResponseException e = unreadable(() -> Json.read(
                json("{\"pointsToNextTier\":\"twelve-hunter2\"}"), REQUEST, SampleModel.class));

        assertThat(e).hasMessageContaining("pointsToNextTier").hasMessageContaining("SampleModel");
        assertThat(e.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void objectWhereANumberBelongsIsUnreadable() {
        UnreadableResponseException e = unreadable(() -> Json.read(
                json("{\"amount\":{\"value\":\"9.99-private\"}}"), REQUEST, SampleModel.class));

        assertThat(e).hasMessageContaining("amount");
        assertThat(e.getMessage()).doesNotContain("private");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        UnreadableResponseException e = unreadable(() -> Json.read(json("{\"items\":[]}"), REQUEST, RequiredModel.class));

        assertThat(e).hasMessageContaining("required attributes are not set [id]");
    }

    @Test
    void nestedFailureGivesThePathWithoutMapKeysOrValues() {
        UnreadableResponseException e = unreadable(() -> Json.read(
                json("{\"id\":\"1\",\"items\":[{},{\"amount\":\"lots\"}]}"), REQUEST, RequiredModel.class));
        UnreadableResponseException inMap = unreadable(() -> Json.read(
                json("{\"id\":\"1\",\"counters\":{\"jane@example.com\":\"many\"}}"), REQUEST, RequiredModel.class));

        assertThat(e).hasMessageContaining("for field items[1].amount (expected BigDecimal)");
        assertThat(e.getMessage()).doesNotContain("lots");
        assertThat(inMap).hasMessageContaining("for field counters[key]");
        assertThat(inMap.getMessage()).doesNotContain("jane").doesNotContain("many");
    }

    @Test
    void convertReportsAShapeMismatch() {
        JsonNode node = Json.readTree(json("{\"tierAchieveDate\":\"not-a-date-hunter2\"}"), REQUEST);

        UnreadableResponseException e = unreadable(() -> Json.convert(node, json("{}"), REQUEST, SampleModel.class));

        assertThat(e).hasMessageStartingWith("response JSON does not fit SampleModel: ")
                .hasMessageContaining("tierAchieveDate");
        assertThat(e.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void convertReadsAMatchingTree() {
        JsonNode node = Json.readTree(json("{\"Data\":{\"pointsToNextTier\":7}}"), REQUEST);

        assertThat(Json.convert(node.get("Data"), json("{}"), REQUEST, SampleModel.class).pointsToNextTier())
                .contains(7L);
    }

    @Test
    void overlyDeepNestingIsRefused() {
        String deep = "[".repeat(500) + "]".repeat(500);

        assertThat(unreadable(() -> Json.readTree(json(deep), REQUEST))).hasMessageContaining("not valid JSON");
    }

    @Test
    void writeLeavesAbsentValuesOutAndKeepsExtraFields() {
        SampleModel model = ImmutableSampleModel.builder().pointsToNextTier(3L).phone(Optional.empty())
                .putAdditionalProperties("extra", Json.mapper().getNodeFactory().textNode("x")).build();

        String written = new String(Json.write(model), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo("{\"pointsToNextTier\":3,\"extra\":\"x\"}");
    }

    @Test
    void writeRejectsWhatCannotBeSerialised() {
        Object selfReferencing = new Object() {
            @SuppressWarnings("unused")
            public Object getSelf() {
                return this;
            }
        };

        assertThatThrownBy(() -> Json.write(selfReferencing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot serialise");
    }

    @Test
    void createGivesAnIndependentHouseMapper() throws Exception {
        assertThat(Json.create()).isNotSameAs(Json.mapper());
        assertThat(Json.create().readValue("{\"POINTSTONEXTTIER\":\"\"}", SampleModel.class).pointsToNextTier())
                .isEmpty();
    }
}
