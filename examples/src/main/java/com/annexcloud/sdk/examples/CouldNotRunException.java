package com.annexcloud.sdk.examples;

/** The command was right but could not run (a port that cannot be bound): the process exits with 3. */
final class CouldNotRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CouldNotRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
