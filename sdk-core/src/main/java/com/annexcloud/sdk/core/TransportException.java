package com.annexcloud.sdk.core;

/**
 * No usable HTTP response arrived: the connection was refused or reset, an attempt timed out, or the
 * overall deadline ran out. Thrown after the retry policy has been applied.
 */
public class TransportException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    /** Creates a transport failure; {@code timeout} tells a time-out from other I/O failures. */
    public TransportException(String message, RequestDescription request, boolean timeout, Throwable cause) {
        super(message, request, 0, null, null, cause);
        this.timeout = timeout;
    }

    /** True when an attempt or the overall deadline timed out. */
    public boolean isTimeout() {
        return timeout;
    }

    /** True unless the thread was interrupted: a refused, reset or timed-out connection is passing. */
    @Override
    public boolean isRetryable() {
        return !(getCause() instanceof InterruptedException);
    }
}
