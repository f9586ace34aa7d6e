package com.annexcloud.sdk.core;

/**
 * The answer to a write was lost and whether the write took effect cannot be told, so it was not sent
 * again: it may or may not have been applied. Look at the resource before trying again; sending the same
 * write blindly may apply it twice.
 */
public class OutcomeUnknownException extends TransportException {
    private static final long serialVersionUID = 1L;

    /** Creates the failure; {@code cause} is why the outcome cannot be told. */
    public OutcomeUnknownException(String message, RequestDescription request, boolean timeout, Throwable cause) {
        super(message, request, timeout, cause);
    }

    /** False: the write may have been applied, and sending it again blindly may apply it twice. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
