package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.LenientValues;
import com.annexcloud.sdk.loyalty.AnnexCloudErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One answer of Annex Cloud, with its error (an {@code errorCode} in the body, on any status, or a
 * non-2xx status) detected but not yet thrown, so a caller can treat some errors as results (AC1005 as
 * an empty page, AC1010 as already applied). Reading the body throws the error.
 */
final class Reply {
    private final RequestDescription request;
    private final TransportResponse response;
    private final AnnexCloudErrors errors;
    private final JsonNode parsed;
    private final AnnexCloudErrorCode code;

    Reply(RequestDescription request, TransportResponse response, AnnexCloudErrors errors) {
        this.request = request;
        this.response = response;
        this.errors = errors;
        this.parsed = parseQuietly(response);
        String codeText = parsed == null ? "" : parsed.path("errorCode").asText("");
        this.code = codeText.isBlank() ? null : AnnexCloudErrorCode.of(codeText);
    }

    private static JsonNode parseQuietly(TransportResponse response) {
        if (response.body().length == 0 || !response.looksLikeJson()) {
            return null;
        }
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The vendor error code of the answer, if it has one. */
    Optional<AnnexCloudErrorCode> errorCode() {
        return Optional.ofNullable(code);
    }

    /** Whether the answer is AC1005, which list endpoints use for "nothing (more)". */
    boolean noData() {
        return AnnexCloudErrorCode.AC1005.equals(code);
    }

    /** Whether the answer is an error. */
    boolean failed() {
        return code != null || !response.isSuccessful();
    }

    /** The body, after throwing the answer's error if it is one. */
    JsonNode json() {
        if (failed()) {
            String message = parsed == null ? null : parsed.path("errorMessage").asText(null);
            throw errors.of(request, response, code, message, parsed != null);
        }
        return parsed != null ? parsed : Json.readTree(response, request);
    }

    /** The body as a type. */
    <T> T as(Class<T> type) {
        return as(json(), type);
    }

    /** Part of the body as a type. */
    <T> T as(JsonNode node, Class<T> type) {
        return Json.convert(node, response, request, type);
    }

    /** The body's {@code Data} object when the server wrapped the value in one, else the body. */
    JsonNode unwrapData() {
        JsonNode body = json();
        JsonNode data = field(body, "data");
        return data != null && data.isObject() ? data : body;
    }

    /**
     * The body's list of items as a type: the array (or the single object) in the named field, looking
     * into a {@code Data} object; the named field present but holding no list ({@code ""}, {@code null})
     * is no items; without that field the body itself when it is an array, else its first array field
     * (tolerant of another wrapper name); no array is no items.
     */
    <T> List<T> items(Class<T> type, String field) {
        JsonNode body = unwrapData();
        JsonNode named = field(body, field);
        JsonNode array = named == null ? arrayIn(body)
                : named.isObject() ? Json.mapper().createArrayNode().add(named)
                : named.isArray() ? named : null;
        List<T> items = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> items.add(as(item, type)));
        }
        return List.copyOf(items);
    }

    /** A whole-number field of the body (a number or a numeric string), if present and readable. */
    Optional<Integer> wholeNumber(String name) {
        JsonNode value = field(unwrapData(), name);
        if (value == null || !value.isValueNode()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LenientValues.parseInt(value.asText()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The field of an object, its name matched without regard to case. */
    private static JsonNode field(JsonNode node, String name) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private static JsonNode arrayIn(JsonNode node) {
        if (node.isArray()) {
            return node;
        }
        for (JsonNode value : node) {
            if (value.isArray()) {
                return value;
            }
        }
        return null;
    }
}
