package com.annexcloud.sdk.gorgias.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.function.Function;

/**
 * Readers for the flat maps of an HTTP integration's settings. The house mapper reads {@code ""} as
 * absent, which an immutable map cannot hold; these keep {@code ""} header values as sent and leave out
 * entries whose value is {@code null} or not of the map's kind. Values never reach an error message.
 */
public final class SettingsMaps {
    private SettingsMaps() {
    }

    /** {@code headers}: every scalar value as its text ({@code ""} kept). */
    public static final class Headers extends FlatMap<String> {
        private static final long serialVersionUID = 1L;

        /** Creates the reader (Jackson calls this). */
        public Headers() {
            super(value -> value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty());
        }
    }

    /** {@code triggers}: booleans, also given as {@code "true"}/{@code "false"}. */
    public static final class Triggers extends FlatMap<Boolean> {
        private static final long serialVersionUID = 1L;

        /** Creates the reader (Jackson calls this). */
        public Triggers() {
            super(SettingsMaps::flag);
        }
    }

    private static Optional<Boolean> flag(JsonNode value) {
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        String text = value.isTextual() ? value.asText().trim() : "";
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                ? Optional.of(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /** Reads a JSON object into a map, converting each value and skipping those it cannot convert. */
    abstract static class FlatMap<V> extends StdDeserializer<Map<String, V>> {
        private static final long serialVersionUID = 1L;
        private final transient Function<JsonNode, Optional<V>> convert;

        FlatMap(Function<JsonNode, Optional<V>> convert) {
            super(Map.class);
            this.convert = convert;
        }

        @Override
        public Map<String, V> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Map<String, V> map = new LinkedHashMap<>();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return map;
            }
            JsonNode object = p.readValueAsTree();
            for (Entry<String, JsonNode> field : object.properties()) {
                convert.apply(field.getValue()).ifPresent(value -> map.put(field.getKey(), value));
            }
            return map;
        }

        @Override
        public Map<String, V> getNullValue(DeserializationContext ctxt) {
            return new LinkedHashMap<>();
        }
    }
}
