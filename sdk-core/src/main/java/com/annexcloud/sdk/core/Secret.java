package com.annexcloud.sdk.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential (API key, signing secret, bearer token) that never shows itself by accident.
 *
 * <p>{@link #toString()} is always redacted, so a secret can sit in any value, log line or exception
 * without leaking. Read the value only where it is used, with {@link #reveal()}. Comparison with
 * {@link #matches(String)} takes the same time wherever the first difference is.
 */
public final class Secret {
    private static final String REDACTED = "Secret[REDACTED]";
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a secret value.
     *
     * @throws IllegalArgumentException when the value is null or blank (the message never shows it)
     */
    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("secret must not be null or blank");
        }
        return new Secret(value);
    }

    /** The raw value, for the one place that signs or sends it. Never log what this returns. */
    public String reveal() {
        return value;
    }

    /** The raw value as UTF-8 bytes (a fresh copy the caller may clear). */
    public byte[] revealBytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Compares a candidate with this secret in constant time (for the length of the candidate).
     *
     * @return false for null
     */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(revealBytes(), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret && ((Secret) other).matches(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Secret.class);
    }

    @Override
    public String toString() {
        return REDACTED;
    }
}
