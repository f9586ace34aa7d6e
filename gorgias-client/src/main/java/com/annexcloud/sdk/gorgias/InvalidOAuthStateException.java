package com.annexcloud.sdk.gorgias;

/**
 * The {@code state} of an OAuth redirect is not one this app issued, has expired, or was used before: the
 * redirect must be refused (a forged or replayed callback) and nothing stored. The message never shows
 * the state itself.
 */
public class InvalidOAuthStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception saying why the state was refused. */
    public InvalidOAuthStateException(String reason) {
        super(reason);
    }
}
