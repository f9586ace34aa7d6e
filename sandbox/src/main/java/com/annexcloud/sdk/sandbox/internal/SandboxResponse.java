package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One response to send.
 *
 * @param status the HTTP status
 * @param headers the response headers (Content-Type included)
 * @param body the body, empty for none
 */
public record SandboxResponse(int status, Map<String, String> headers, byte[] body) {
    private static final ObjectMapper WRITER = new ObjectMapper();

    /** A JSON response. */
    public static SandboxResponse json(int status, JsonNode body) {
        try {
            return new SandboxResponse(status, Map.of("Content-Type", "application/json"),
                    WRITER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** An HTML response. */
    public static SandboxResponse html(int status, String html) {
        return new SandboxResponse(status, Map.of("Content-Type", "text/html; charset=utf-8"),
                html.getBytes(StandardCharsets.UTF_8));
    }

    /** A response without a body. */
    public static SandboxResponse empty(int status) {
        return new SandboxResponse(status, Map.of(), new byte[0]);
    }

    /** This response with one more header. */
    public SandboxResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SandboxResponse(status, Map.copyOf(more), body);
    }
}
