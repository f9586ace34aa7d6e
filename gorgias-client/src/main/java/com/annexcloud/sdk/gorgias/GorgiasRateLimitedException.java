package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gorgias answered 429 and the client gave up waiting: the retries ran out, the request was not
 * retry-safe, or the wait asked for was longer than the retry policy's {@code maxRetryAfter}.
 */
public class GorgiasRateLimitedException extends GorgiasException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param retryAfter the wait Gorgias asked for ({@code Retry-after}), or null when it named none
     */
    public GorgiasRateLimitedException(String message, RequestDescription request, int status, String vendorMessage,
                                       Map<String, List<String>> fieldErrors, Duration retryAfter) {
        super(message, request, status, vendorMessage, fieldErrors);
        this.retryAfter = retryAfter;
    }

    /** How long Gorgias asked to wait before the next request. */
    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True: Gorgias refused the request for its rate limit. */
    @Override
    public boolean isRateLimited() {
        return true;
    }
}
