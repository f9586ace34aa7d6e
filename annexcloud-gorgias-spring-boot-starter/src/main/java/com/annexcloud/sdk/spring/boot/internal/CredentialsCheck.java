package com.annexcloud.sdk.spring.boot.internal;

import com.annexcloud.sdk.core.SdkException;

/** Runs one client's {@code verifyCredentials()} and describes the outcome without a secret or a message. */
public final class CredentialsCheck {
    /** The detail of a check that passed. */
    public static final String UP = "UP";

    /** What a check proved. */
    public enum Verdict {
        /** The vendor accepted the credentials. */
        UP,
        /** The vendor refused them, or the base URL does not serve its API: a configuration error. */
        DOWN,
        /** Nothing was proved either way: the vendor could not be reached, was rate limiting, or failed. */
        UNKNOWN
    }

    /** A check's verdict and its detail: {@link #UP}, or the failure's type with its HTTP status and vendor code. */
    public record Outcome(Verdict verdict, String detail) {
    }

    private CredentialsCheck() {
    }

    /** Runs the check. */
    public static Outcome check(Runnable verify) {
        try {
            verify.run();
            return new Outcome(Verdict.UP, UP);
        } catch (SdkException e) {
            StringBuilder detail = new StringBuilder(e.getClass().getSimpleName());
            e.statusCode().ifPresent(status -> detail.append(" (HTTP ").append(status).append(')'));
            e.vendorCode().ifPresent(code -> detail.append(' ').append(code));
            return new Outcome(refusal(e) ? Verdict.DOWN : Verdict.UNKNOWN, detail.toString());
        }
    }

    /** {@link #UP}, or what failed; see {@link #check}. */
    public static String run(Runnable verify) {
        return check(verify).detail();
    }

    private static boolean refusal(SdkException e) {
        return e.isUnauthorized() || e.isEndpointNotFound();
    }
}
