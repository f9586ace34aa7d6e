package com.annexcloud.sdk.bridge.internal;

import java.util.Locale;

/**
 * Checks an email arriving from outside (a widget request, a Gorgias customer) before it becomes a
 * member id: at most 320 characters, exactly one {@code @} with text on both sides, a dotted domain,
 * no white space, control characters, slashes or backslashes.
 */
public final class EmailAddress {
    /** The longest address accepted (RFC 5321: 64 + 1 + 255). */
    public static final int MAX_LENGTH = 320;

    /** The longest address Gorgias's customers accept (the Gorgias client's check). */
    public static final int GORGIAS_MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /**
     * The address without surrounding spaces. A control character anywhere (a trailing {@code %00}, CR
     * or LF included) is refused, never trimmed away.
     *
     * @throws IllegalArgumentException with a message a caller may show (it does not repeat the input)
     */
    public static String validate(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("email is required");
        }
        if (email.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("email must not contain spaces or control characters");
        }
        String value = email.trim(); // with control characters refused, only spaces are trimmed
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("email must be at most " + MAX_LENGTH + " characters");
        }
        int at = value.indexOf('@');
        if (at < 0 || at != value.lastIndexOf('@')) {
            throw new IllegalArgumentException("email must contain exactly one '@'");
        }
        if (at == 0 || at > 64 || at == value.length() - 1) {
            throw new IllegalArgumentException("email needs a local part of 1-64 characters and a domain");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw new IllegalArgumentException("email must not contain spaces or control characters");
            }
            if (c == '/' || c == '\\') {
                throw new IllegalArgumentException("email must not contain slashes");
            }
        }
        String domain = value.substring(at + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            throw new IllegalArgumentException("email domain is not valid");
        }
        return value;
    }

    /** Whether the address passes {@link #validate}. */
    public static boolean isValid(String email) {
        try {
            validate(email);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether Gorgias takes the address as a customer's email: it passes {@link #validate} as it is (no
     * surrounding spaces) and has at most {@value #GORGIAS_MAX_LENGTH} characters, as the Gorgias client
     * requires of every email it sends.
     */
    public static boolean fitsGorgias(String email) {
        return email != null && email.length() <= GORGIAS_MAX_LENGTH && email.equals(email.strip()) && isValid(email);
    }

    /** The key under which cards and indexes file an address: trimmed, lower case. */
    public static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
