package com.annexcloud.sdk.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Jackson readers for what the vendors actually send: numbers as JSON numbers or strings, {@code ""}
 * as absent, offsets with or without a colon, plain dates where timestamps are documented and the
 * reverse. Anything else unreadable becomes a Jackson mapping error naming the field, which the SDK
 * reports as an {@code UnreadableResponseException}.
 */
public final class LenientModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Registers every lenient reader. */
    public LenientModule() {
        super("annexcloud-gorgias-lenient");
        addDeserializer(String.class, new EmptyAsNullString());
        addDeserializer(Long.class, new Lenient<>(Long.class, null, LenientValues::parseLong));
        addDeserializer(long.class, new Lenient<>(Long.class, 0L, LenientValues::parseLong));
        addDeserializer(Integer.class, new Lenient<>(Integer.class, null, LenientValues::parseInt));
        addDeserializer(int.class, new Lenient<>(Integer.class, 0, LenientValues::parseInt));
        addDeserializer(BigDecimal.class, new Lenient<>(BigDecimal.class, null, LenientValues::parseDecimal));
        addDeserializer(OffsetDateTime.class, new Lenient<>(OffsetDateTime.class, null, LenientValues::parseDateTime));
        addDeserializer(LocalDate.class, new Lenient<>(LocalDate.class, null, LenientValues::parseDate));
    }

    /** Parses one textual representation; throws {@link IllegalArgumentException} when it cannot. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(String text);
    }

    /** Reads a scalar from its textual form, whether the JSON held it as a number or a string. */
    private static final class Lenient<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Parser<T> parser;
        private final T empty;

        Lenient(Class<T> type, T empty, Parser<T> parser) {
            super(type);
            this.parser = parser;
            this.empty = empty;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                    || token == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                if (text.isEmpty()) {
                    return empty;
                }
                try {
                    return parser.parse(text);
                } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
                    return (T) ctxt.handleWeirdStringValue(handledType(), text, "%s", e.getMessage());
                }
            }
            if (token == JsonToken.VALUE_NULL) {
                return empty;
            }
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) {
            return empty;
        }
    }

    /** Reads strings, turning {@code ""} into absent. */
    private static final class EmptyAsNullString extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;
        private static final JsonDeserializer<String> DEFAULT =
                com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance;

        EmptyAsNullString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = DEFAULT.deserialize(p, ctxt);
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
