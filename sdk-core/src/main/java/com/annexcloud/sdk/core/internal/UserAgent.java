package com.annexcloud.sdk.core.internal;

import java.util.Optional;

/** The {@code User-Agent} every request carries: {@code annexcloud-gorgias-sdk/<version> Java/<version>}. */
public final class UserAgent {
    private static final String BASE = "annexcloud-gorgias-sdk/" + SdkVersion.VERSION + " Java/"
            + System.getProperty("java.version", "unknown");

    private UserAgent() {
    }

    /** The header value, with the caller's suffix when given. */
    public static String value(Optional<String> suffix) {
        return suffix.filter(s -> !s.isBlank()).map(s -> BASE + " " + s.trim()).orElse(BASE);
    }
}
