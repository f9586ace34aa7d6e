package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.UnreadableResponseException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;

/**
 * The house {@link ObjectMapper} and safe reading of response bodies.
 *
 * <p>The mapper never fails on unknown properties, matches property names without regard to case,
 * reads numbers from numbers or strings, treats {@code ""} as absent, reads offsets with or without a
 * colon and plain dates ({@link LenientModule}), leaves absent values out when writing, writes decimals
 * without exponent ({@code 6600}, never {@code 6.6E+3}), and bounds
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
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
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
        int first = firstNonWhitespace(body);
        if (first < 0) {
            throw new UnreadableResponseException("response body is empty, expected JSON", request,
                    response.status(), null);
        }
        if (!response.looksLikeJson() || body[first] == '<') {
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

    /** The index of the first byte that is not JSON whitespace, or -1 when there is none. */
    private static int firstNonWhitespace(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return i;
            }
        }
        return -1;
    }

    /**
     * What went wrong, in the SDK's own words: Jackson's messages quote the offending tokens and values,
     * which would put body content into exception messages, so none of them is reused.
     */
    private static String describe(Exception e) {
        String location = location(e);
        if (causedBy(e, StreamConstraintsException.class)) {
            return "JSON exceeds the reader's size or nesting limits" + location;
        }
        if (causedBy(e, JsonEOFException.class)) {
            return "truncated JSON (unexpected end of input)" + location;
        }
        if (causedBy(e, StreamReadException.class)) {
            return "malformed JSON" + location;
        }
        IllegalArgumentException unbuilt = cause(e, IllegalArgumentException.class);
        if (unbuilt != null && unbuilt.getMessage() != null && unbuilt.getMessage().startsWith("Cannot build ")) {
            // Immutables (SdkStyle: IllegalArgumentException) names the missing attributes, never their values.
            return unbuilt.getMessage();
        }
        if (e instanceof DatabindException) {
            return "unexpected value" + field((DatabindException) e) + expected(e) + location;
        }
        return e.getClass().getSimpleName();
    }

    private static String location(Exception e) {
        JsonLocation where = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
        return where == null || where.getLineNr() < 1 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** The path of the failing field, from property names and array indexes (map keys are left out). */
    private static String field(DatabindException e) {
        if (!(e instanceof JsonMappingException) || ((JsonMappingException) e).getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder(" for field ");
        for (JsonMappingException.Reference reference : ((JsonMappingException) e).getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFrom() instanceof Map) {
                path.append("[key]");
            } else if (reference.getFieldName() != null) {
                path.append(path.charAt(path.length() - 1) == ' ' ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String expected(Exception e) {
        return e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null
                ? " (expected " + ((MismatchedInputException) e).getTargetType().getSimpleName() + ")" : "";
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <X extends Throwable> X cause(Throwable failure, Class<X> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
