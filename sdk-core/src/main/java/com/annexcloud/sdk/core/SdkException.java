package com.annexcloud.sdk.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every exception the SDK throws: unchecked, and carrying what went wrong where.
 *
 * <p>It holds the request method and path (never the query string, a header or a body), the HTTP
 * status when a response arrived, and the vendor's error code and message when the vendor sent them.
 * No secret or token ever reaches the message. Callers branch on the subtypes: each client has its own
 * root ({@code AnnexCloudException}, {@code GorgiasException}) with subtypes for not found,
 * unauthorized, conflict, rate limited and invalid request; {@link TransportException} and
 * {@link UnreadableResponseException} are shared.
 */
public class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int status;
    private final String vendorCode;
    private final String vendorMessage;

    /** Creates an exception; {@code status} 0 means no HTTP response was received. */
    public SdkException(String message, RequestDescription request, int status, String vendorCode,
                        String vendorMessage, Throwable cause) {
        super(compose(message, request, status, vendorCode), cause);
        this.method = request == null ? null : request.method();
        this.path = request == null ? null : request.path();
        this.status = status;
        this.vendorCode = vendorCode;
        this.vendorMessage = vendorMessage;
    }

    private static String compose(String message, RequestDescription request, int status, String vendorCode) {
        StringBuilder text = new StringBuilder(message);
        if (request != null || status > 0 || vendorCode != null) {
            text.append(" (");
            String separator = "";
            if (request != null) {
                text.append(request.method()).append(' ').append(request.path());
                separator = ", ";
            }
            if (status > 0) {
                text.append(separator).append("HTTP ").append(status);
                separator = ", ";
            }
            if (vendorCode != null) {
                text.append(separator).append(vendorCode);
            }
            text.append(')');
        }
        return text.toString();
    }

    /** The HTTP method of the failed request, when the failure belongs to a request. */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** The path of the failed request (no query string), when the failure belongs to a request. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** The HTTP status, or empty when no response was received. */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    /** The vendor's own error code (for example {@code AC1005}), when the response carried one. */
    public Optional<String> vendorCode() {
        return Optional.ofNullable(vendorCode);
    }

    /** The vendor's own error message, when the response carried one. */
    public Optional<String> vendorMessage() {
        return Optional.ofNullable(vendorMessage);
    }
}
