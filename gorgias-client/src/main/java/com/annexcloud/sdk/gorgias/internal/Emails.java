package com.annexcloud.sdk.gorgias.internal;

/** The basic email check used at the client's edges (it catches typos, not every invalid address). */
public final class Emails {
    private static final int MAX_LENGTH = 254;

    private Emails() {
    }

    /**
     * Requires {@code local@domain.tld}: one {@code @}, both sides non-empty, a dot in the domain, no
     * whitespace or control characters, at most 254 characters. The message names the field, never the value.
     */
    public static String requireValid(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        int at = value.indexOf('@');
        boolean valid = value.length() <= MAX_LENGTH
                && at > 0
                && at == value.lastIndexOf('@')
                && value.indexOf('.', at + 2) > 0
                && !value.endsWith(".")
                && value.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
        if (!valid) {
            throw new IllegalArgumentException(field + " must be an email address like name@example.com");
        }
        return value;
    }
}
