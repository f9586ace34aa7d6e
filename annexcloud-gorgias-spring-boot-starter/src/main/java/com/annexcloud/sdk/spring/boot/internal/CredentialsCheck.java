package com.annexcloud.sdk.spring.boot.internal;

import com.annexcloud.sdk.core.SdkException;

/** Runs one client's {@code verifyCredentials()} and describes the outcome without a secret or a message. */
public final class CredentialsCheck {
    /** The outcome of a check that passed. */
    public static final String UP = "UP";

    private CredentialsCheck() {
    }

    /** {@link #UP}, or what failed: the exception's type with the HTTP status and vendor code it carries. */
    public static String run(Runnable verify) {
        try {
            verify.run();
            return UP;
        } catch (SdkException e) {
            StringBuilder detail = new StringBuilder(e.getClass().getSimpleName());
            e.status().ifPresent(status -> detail.append(" (HTTP ").append(status).append(')'));
            e.vendorCode().ifPresent(code -> detail.append(' ').append(code));
            return detail.toString();
        }
    }
}
