package com.annexcloud.sdk.examples;

/** Bad usage or missing configuration: the message says what to fix; the process exits with 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
