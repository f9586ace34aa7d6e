package com.annexcloud.sdk.core;

import java.io.IOException;

/**
 * Thrown by an {@link HttpTransport} when a response body is larger than the request's
 * {@link TransportRequest#maxResponseBytes()}. The client turns it into an
 * {@link UnreadableResponseException}; it is never retried.
 */
public class BodyLimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    /** Creates the exception for the given limit in bytes. */
    public BodyLimitExceededException(long limit) {
        super("response body exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit that was exceeded, in bytes. */
    public long limit() {
        return limit;
    }
}
