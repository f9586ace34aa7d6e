package com.annexcloud.sdk.loyalty.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code extendedAttribute} as key → text: an object of values, or an array of such objects (PHP
 * sends an empty map as {@code []}). Numbers and booleans become their text, nested values their JSON;
 * null and {@code ""} values are absent, as everywhere else in the SDK. Any other shape is empty.
 */
public final class ExtendedAttributeDeserializer extends StdDeserializer<Map<String, String>> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer (Jackson instantiates it). */
    public ExtendedAttributeDeserializer() {
        super(Map.class);
    }

    @Override
    public Map<String, String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (node != null && node.isArray()) {
            node.forEach(element -> collect(element, attributes));
        } else {
            collect(node, attributes);
        }
        return Collections.unmodifiableMap(attributes);
    }

    private static void collect(JsonNode node, Map<String, String> attributes) {
        if (node == null || !node.isObject()) {
            return;
        }
        node.properties().forEach(field -> {
            JsonNode value = field.getValue();
            String text = value.isValueNode() ? value.asText() : value.toString();
            if (!value.isNull() && !text.isEmpty()) {
                attributes.put(field.getKey(), text);
            }
        });
    }

    @Override
    public Map<String, String> getNullValue(DeserializationContext context) {
        return Map.of();
    }
}
