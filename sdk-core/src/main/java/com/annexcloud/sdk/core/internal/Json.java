package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.UnreadableResponseException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The house {@link ObjectMapper} and safe reading of response bodies.
 *
 * <p>The mapper never fails on unknown properties, matches property names without regard to case,
 * reads numbers from numbers or strings, treats {@code ""} as absent, reads offsets with or without a
 * colon and plain dates ({@link LenientModule}), leaves absent values out when writing, and bounds
 * nesting depth and string length. It is thread-safe; share it.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    /** The shared house mapper (configure nothing on it; build your own with {@link #create()}). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new house mapper. */
    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new LenientModule())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(1_000_000)
                .maxNumberLength(100)
                .build());
        return mapper;
    }

    /** Serialises a value to bytes, once: the bytes signed are the bytes sent. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads a response body as a JSON tree, with a clear error for empty, HTML or malformed bodies. */
    public static JsonNode readTree(TransportResponse response, RequestDescription request) {
        return read(response, request, MAPPER.getTypeFactory().constructType(JsonNode.class));
    }

    /** Reads a response body as the given type, with a clear error for empty, HTML or malformed bodies. */
    public static <T> T read(TransportResponse response, RequestDescription request, Class<T> type) {
        return read(response, request, MAPPER.getTypeFactory().constructType(type));
    }

    /** Reads a JSON tree as the given type; a shape mismatch is an {@link UnreadableResponseException}. */
    public static <T> T convert(JsonNode node, TransportResponse response, RequestDescription request, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableResponseException("response JSON does not fit " + type.getSimpleName() + ": "
                    + describe(e), request, response.status(), e);
        }
    }

    private static <T> T read(TransportResponse response, RequestDescription request, JavaType type) {
        byte[] body = response.body();
        if (body.length == 0 || new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).isBlank()) {
            throw new UnreadableResponseException("response body is empty, expected JSON", request,
                    response.status(), null);
        }
        if (!response.looksLikeJson() || startsLikeHtml(body)) {
            throw new UnreadableResponseException("response is not JSON (Content-Type "
                    + response.header("Content-Type").orElse("none") + ")", request, response.status(), null);
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableResponseException("response is not valid JSON for "
                    + type.getRawClass().getSimpleName() + ": " + describe(e), request, response.status(), e);
        }
    }

    private static boolean startsLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
        return head.startsWith("<");
    }

    /** The parser's message without the source excerpt Jackson appends (it could echo body content). */
    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException) {
            JsonProcessingException jpe = (JsonProcessingException) e;
            String location = jpe.getLocation() == null ? ""
                    : " at line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr();
            String message = jpe.getOriginalMessage();
            int cut = message.indexOf('\n');
            return (cut >= 0 ? message.substring(0, cut) : message) + location;
        }
        return e.getClass().getSimpleName();
    }
}
