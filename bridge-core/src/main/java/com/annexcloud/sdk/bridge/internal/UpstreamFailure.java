package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.core.SdkException;

/**
 * A failure as a log line may show it: the exception's class, and for an {@link SdkException} its HTTP status
 * and vendor code. Never the message, which names the request's real path (Annex Cloud's is {@code
 * /users/{email}/…}) and so the customer's email.
 */
final class UpstreamFailure {
    private UpstreamFailure() {
    }

    /** Such as {@code AnnexCloudException (HTTP 500, vendor code AC1005)} or {@code IllegalStateException}. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (failure instanceof SdkException sdk) {
            text.append(" (HTTP ").append(sdk.statusCode().isPresent() ? Integer.toString(sdk.statusCode().getAsInt()) : "none")
                    .append(", vendor code ").append(sdk.vendorCode().orElse("none")).append(')');
        }
        return text.toString();
    }
}
