package com.annexcloud.sdk.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the textual forms vendors use for numbers and dates. Every method throws
 * {@link IllegalArgumentException} (or a {@link java.time.DateTimeException}) with a short reason when
 * the text is not of a known form.
 */
public final class LenientValues {
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("(.*T.*[0-9])([+-]\\d{2})(\\d{2})");

    private LenientValues() {
    }

    /** A whole number, from {@code "7561"}, {@code "7561.0"} or {@code "1e3"}; a fraction is an error. */
    public static Long parseLong(String text) {
        BigDecimal value = parseDecimal(text);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not a whole number in range");
        }
    }

    /** A whole number in the {@code int} range. */
    public static Integer parseInt(String text) {
        long value = parseLong(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("number out of int range");
        }
        return (int) value;
    }

    /** An exact decimal, from {@code "7561.50"} or {@code 7561.5}. */
    public static BigDecimal parseDecimal(String text) {
        String trimmed = text.trim();
        if (trimmed.length() > 64) {
            throw new IllegalArgumentException("number too long");
        }
        try {
            BigDecimal value = new BigDecimal(trimmed);
            if (Math.abs((long) value.scale()) > 1000) {
                throw new IllegalArgumentException("number exponent out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    /**
     * A timestamp: ISO-8601 with {@code Z}, {@code +07:00} or {@code -0700} offsets, optional fraction;
     * no offset means UTC; a plain date means its start in UTC; a space may replace the {@code T}.
     */
    public static OffsetDateTime parseDateTime(String text) {
        String value = text.trim();
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        value = value.replace(' ', 'T');
        Matcher noColon = OFFSET_WITHOUT_COLON.matcher(value);
        if (noColon.matches()) {
            value = noColon.group(1) + noColon.group(2) + ":" + noColon.group(3);
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
        }
    }

    /** A date: {@code yyyy-MM-dd}, or any timestamp {@link #parseDateTime} reads, taken in its own offset. */
    public static LocalDate parseDate(String text) {
        String value = text.trim();
        if (value.length() == 10) {
            return LocalDate.parse(value);
        }
        return parseDateTime(value).toLocalDate();
    }
}
