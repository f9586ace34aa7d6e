package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.SdkException;

/**
 * The {@code state} of an OAuth redirect is not one this app issued, has expired, or was used before: the
 * redirect must be refused (a forged or replayed callback) and nothing stored. The message never shows
 * the state itself. Not an answer of Gorgias (no request, no status), but a refused input like any other
 * SDK error: it is an {@link SdkException} answering {@link #isInvalidRequest()} true and
 * {@link #isRetryable()} false.
 */
public class InvalidOAuthStateException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** An exception saying why the state was refused. */
    public InvalidOAuthStateException(String reason) {
        super(reason, null, 0, null, null, null);
    }

    /** True: the redirect is refused, and sending it again will not help. */
    @Override
    public boolean isInvalidRequest() {
        return true;
    }
}
