package com.annexcloud.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.UnreadableResponseException;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The house mapper's lenient readers on random JSON scalars: whatever a vendor sends in a number, date or
 * text field, reading either succeeds or fails with the SDK's own {@link UnreadableResponseException},
 * never anything else, and never with the value in the message.
 */
class LenientReaderProperties {
    private static final RequestDescription REQUEST = new RequestDescription("GET", "/points/x");

    /** A response shape with one field of each leniently read type. */
    public static final class Fields {
        public Long longValue;
        public Integer intValue;
        public long primitiveLong;
        public BigDecimal decimal;
        public OffsetDateTime timestamp;
        public LocalDate date;
        public String text;
    }

    @Property(tries = 400)
    void anyScalarInAnyFieldReadsOrFailsTyped(@ForAll("fields") String field, @ForAll("scalars") String scalar) {
        String body = "{\"" + field + "\":" + scalar + "}";
        TransportResponse response = new TransportResponse(200, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));

        Throwable failure = catchThrowable(() -> Json.read(response, REQUEST, Fields.class));

        if (failure != null) {
            assertThat(failure).isExactlyInstanceOf(UnreadableResponseException.class);
            assertThat(failure.getMessage()).startsWith("response is not valid JSON for Fields");
            if (scalar.length() > 12) {
                assertThat(failure.getMessage()).doesNotContain(scalar.substring(1, scalar.length() - 1));
            }
        }
    }

    @Property(tries = 200)
    void wholeNumbersReadExactlyFromNumbersAndStrings(@ForAll long value, @ForAll boolean quoted) {
        String scalar = quoted ? "\"" + value + "\"" : Long.toString(value);
        TransportResponse response = new TransportResponse(200, Map.of(),
                ("{\"longValue\":" + scalar + ",\"decimal\":" + scalar + "}").getBytes(StandardCharsets.UTF_8));

        Fields fields = Json.read(response, REQUEST, Fields.class);

        assertThat(fields.longValue).isEqualTo(value);
        assertThat(fields.decimal).isEqualByComparingTo(BigDecimal.valueOf(value));
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of("longValue", "intValue", "primitiveLong", "decimal", "timestamp", "date", "text",
                "LONGVALUE", "unknown");
    }

    @Provide
    Arbitrary<String> scalars() {
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(String::valueOf),
                Combinators.combine(Arbitraries.integers().between(-9, 9), Arbitraries.integers().between(-400, 400))
                        .as((digit, exponent) -> digit + "e" + exponent));
        Arbitrary<String> dates = Combinators.combine(
                        Arbitraries.integers().between(0, 10000), Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 32), Arbitraries.integers().between(0, 25),
                        Arbitraries.of("", "Z", "+0700", "-07:00", "+2400", "+05:30", "-0000", ".123456+00:00"),
                        Arbitraries.of("T", " ", "t", ""))
                .as((year, month, day, hour, offset, separator) -> String.format("%04d-%02d-%02d%s%02d:00:00%s",
                        year, month, day, separator, hour, offset));
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789.-+eE:TZ ").ofMaxLength(30),
                numbers, dates.map(date -> date.substring(0, Math.min(date.length(), 10))), dates);
        return Arbitraries.oneOf(numbers, texts.map(LenientReaderProperties::quote),
                Arbitraries.of("true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\"", "\"   \""));
    }

    private static String quote(String text) {
        try {
            return Json.mapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
