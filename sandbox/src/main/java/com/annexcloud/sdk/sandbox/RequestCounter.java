package com.annexcloud.sdk.sandbox;

/**
 * Counts the requests an emulator received, including those answered by an injected fault or refused as
 * unauthorized. Paths are matched like {@link Faults} rules: the whole path relative to the base URI,
 * percent-decoded; method case-insensitive or {@code "*"}.
 */
public interface RequestCounter {
    /** How many requests matched the method and path. */
    int count(String method, String pathRegex);

    /** How many requests were received. */
    int total();

    /** Forgets every request counted so far. */
    void reset();
}
