package com.annexcloud.sdk.core;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The root of every exception the SDK throws: unchecked, and carrying what went wrong where.
 *
 * <p>It holds the request method and path (never the query string, a header or a body), the HTTP
 * status when a response arrived, and the vendor's error code and message when the vendor sent them.
 * No secret or token ever reaches the message.
 *
 * <p>Callers branch on the concept, not the vendor: every exception answers the category questions
 * ({@link #isNotFound()}, {@link #isEndpointNotFound()}, {@link #isConflict()}, {@link #isRateLimited()},
 * {@link #isUnauthorized()}, {@link #isInvalidRequest()}, {@link #isRetryable()}) truthfully, each
 * vendor by its own rules (Annex Cloud by its {@code AC10xx} code first, since its statuses are
 * inconsistent). Each client also has its own root ({@code AnnexCloudException}, {@code GorgiasException})
 * with one subtype per category, named alike ({@code …NotFoundException}, {@code …ConflictException}, …);
 * {@link TransportException} and {@link UnreadableResponseException} are shared.
 */
public class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The statuses that tell a passing condition (408, 429, 500, 502, 503, 504): the retry policy's default. */
    static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

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

    /** The HTTP status code, or empty when no response was received. */
    public OptionalInt statusCode() {
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

    /** The resource the request named does not exist (no such member, customer, integration …). */
    public boolean isNotFound() {
        return false;
    }

    /**
     * A 404 that did not come from the vendor's API (no JSON error body): almost always a wrong base URL
     * or account, a configuration error. Deliberately not {@link #isNotFound()}, so a misconfigured client
     * is never mistaken for "no such member".
     */
    public boolean isEndpointNotFound() {
        return false;
    }

    /** The record exists already or collides with another (HTTP 409, Annex Cloud AC1006 and AC1010). */
    public boolean isConflict() {
        return false;
    }

    /** The vendor refused the request for its rate limit (HTTP 429), after the client's own retries. */
    public boolean isRateLimited() {
        return false;
    }

    /** How long the vendor asked to wait ({@code Retry-After}); empty unless it said. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** The credentials were refused or lack the rights for the call. */
    public boolean isUnauthorized() {
        return false;
    }

    /** The request was refused as invalid (missing or invalid parameters): sending it again unchanged will not help. */
    public boolean isInvalidRequest() {
        return false;
    }

    /**
     * The failure is passing, so the same call may succeed later: a transient status (408, 429, 500, 502,
     * 503, 504) or a failed connection. The client has already retried what was safe to retry; this says
     * the condition, not that a write is safe to repeat (see {@link OutcomeUnknownException}, which is
     * never retryable).
     */
    public boolean isRetryable() {
        return TRANSIENT_STATUSES.contains(status);
    }
}
