package com.annexcloud.sdk.core;

/**
 * A response arrived but could not be used: a body over the size limit, malformed JSON, an HTML error
 * page, or JSON of the wrong shape. The message says which, never the body itself.
 */
public class UnreadableResponseException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for a response with the given status. */
    public UnreadableResponseException(String message, RequestDescription request, int status, Throwable cause) {
        super(message, request, status, null, null, cause);
    }
}
