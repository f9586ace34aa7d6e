package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestDescription;
import java.time.Duration;
import java.util.Optional;

/** Too many requests (HTTP 429), after the client's own retries. */
public class AnnexCloudRateLimitedException extends AnnexCloudException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param retryAfter how long the server asked to wait, or null
     */
    public AnnexCloudRateLimitedException(String message, RequestDescription request, int status,
            AnnexCloudErrorCode errorCode, String vendorMessage, Duration retryAfter) {
        super(message, request, status, errorCode, vendorMessage);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked to wait ({@code Retry-After}), when it said. */
    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True: the server refused the request for its rate limit. */
    @Override
    public boolean isRateLimited() {
        return true;
    }
}
