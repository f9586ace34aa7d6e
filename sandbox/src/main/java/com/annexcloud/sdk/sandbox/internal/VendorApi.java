package com.annexcloud.sdk.sandbox.internal;

/** One vendor's behaviour behind an {@link HttpEmulator}. */
interface VendorApi {
    /** The path every API resource lives under, such as {@code /api/3.0}. */
    String basePath();

    /** Answers a request (routing, authentication, state changes). */
    SandboxResponse handle(SandboxRequest request);

    /** The vendor's error response for an injected failure with this status. */
    SandboxResponse injectedError(SandboxRequest request, int status);
}
