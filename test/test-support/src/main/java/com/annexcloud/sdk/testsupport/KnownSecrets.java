package com.annexcloud.sdk.testsupport;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The secret values the test suite uses, which must never show in a log line, an exception message or
 * a {@code toString}: the sandbox defaults, the fixed credentials of the modules' tests, and whatever a
 * test {@link #register registers}. Registered values stay known for the rest of the JVM's life.
 */
public final class KnownSecrets {
    /** Values shorter than this are ignored: they would match ordinary text. */
    public static final int MIN_LENGTH = 8;

    /** The fixed secrets of the suite: sandbox defaults and the credentials the modules' tests pass to {@code Secret.of}. */
    static final List<String> FIXED = List.of(
            "sandbox-annexcloud-secret-not-for-production",   // Sandbox.DEFAULT_ANNEX_SECRET
            "sandbox-gorgias-api-key-not-for-production",     // Sandbox.DEFAULT_GORGIAS_API_KEY
            "s3cr3t-site-token-value",
            "sk-test-4711-do-not-leak",
            "site-secret-for-tests",
            "very-secret-token",
            "bridge-token-0123456789",
            "handler-test-token",
            "process-test-token",
            "load-test-token",
            "another-secret",
            "not-the-secret");

    private static final Set<String> REGISTERED = new CopyOnWriteArraySet<>(FIXED);

    private KnownSecrets() {
    }

    /**
     * Adds a secret value to look for; values shorter than {@value #MIN_LENGTH} characters are ignored.
     *
     * @return the value, so a test can write {@code Secret.of(KnownSecrets.register("…"))}
     */
    public static String register(String value) {
        if (value != null && value.length() >= MIN_LENGTH) {
            REGISTERED.add(value);
        }
        return value;
    }

    /** Every known secret value. */
    public static Set<String> all() {
        return java.util.Collections.unmodifiableSet(REGISTERED);
    }
}
