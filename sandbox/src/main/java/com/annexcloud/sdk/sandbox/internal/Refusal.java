package com.annexcloud.sdk.sandbox.internal;

import java.util.function.Supplier;

/** Ends the handling of a request with a vendor error response. */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SandboxResponse response;

    Refusal(SandboxResponse response) {
        super("refused with " + response.status(), null, false, false);
        this.response = response;
    }

    /** Refuses with the response {@code otherwise} gives unless the condition holds. */
    static void require(boolean condition, Supplier<SandboxResponse> otherwise) {
        if (!condition) {
            throw new Refusal(otherwise.get());
        }
    }

    SandboxResponse response() {
        return response;
    }
}
