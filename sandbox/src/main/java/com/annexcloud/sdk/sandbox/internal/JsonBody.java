package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/** Strict reading of request bodies and lenient reading of their fields, as the vendors' servers do. */
final class JsonBody {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBody() {
    }

    /** The body as a JSON object, empty when it is not one. */
    static Optional<ObjectNode> object(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node instanceof ObjectNode ? Optional.of((ObjectNode) node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The JSON as a client reads it: parsed from its text, so it equals a parsed response (numbers' node types included). */
    static JsonNode asRead(JsonNode json) {
        try {
            return MAPPER.readTree(json.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read back a JSON tree", e);
        }
    }

    /** A field given as a string or a number, absent when missing, null or blank. */
    static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !(value.isTextual() || value.isNumber() || value.isBoolean())) {
            return Optional.empty();
        }
        String text = value.asText().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * A whole number given as a number or a string, absent when missing.
     *
     * @throws NumberFormatException when present but not a whole number
     */
    static OptionalLong whole(JsonNode object, String field) {
        Optional<String> text = text(object, field);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(new java.math.BigDecimal(text.get()).longValueExact());
    }
}
