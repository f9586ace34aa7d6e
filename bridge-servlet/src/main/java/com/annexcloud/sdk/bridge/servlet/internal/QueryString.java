package com.annexcloud.sdk.bridge.servlet.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decodes a raw query string ({@code a=1&b=x%40y}) into its parameters, in order. */
public final class QueryString {
    private QueryString() {
    }

    /** The parameters, each with its values in order; empty when a percent escape is malformed. */
    public static Optional<Map<String, List<String>>> decode(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null) {
            return Optional.of(parameters);
        }
        try {
            for (String pair : rawQuery.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                if (!pair.isEmpty()) {
                    parameters.computeIfAbsent(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                            name -> new ArrayList<>())
                            .add(nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
                }
            }
        } catch (IllegalArgumentException malformedEscape) {
            return Optional.empty();
        }
        return Optional.of(parameters);
    }
}
