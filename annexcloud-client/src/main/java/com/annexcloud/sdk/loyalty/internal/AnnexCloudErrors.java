package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.RetryAfter;
import com.annexcloud.sdk.core.internal.VendorText;
import com.annexcloud.sdk.loyalty.AnnexCloudConflictException;
import com.annexcloud.sdk.loyalty.AnnexCloudDuplicateTransactionException;
import com.annexcloud.sdk.loyalty.AnnexCloudEndpointNotFoundException;
import com.annexcloud.sdk.loyalty.AnnexCloudErrorCode;
import com.annexcloud.sdk.loyalty.AnnexCloudException;
import com.annexcloud.sdk.loyalty.AnnexCloudInvalidRequestException;
import com.annexcloud.sdk.loyalty.AnnexCloudNotFoundException;
import com.annexcloud.sdk.loyalty.AnnexCloudRateLimitedException;
import com.annexcloud.sdk.loyalty.AnnexCloudUnauthorizedException;
import java.time.Clock;
import java.util.Objects;

/**
 * Turns an error answer into the right {@link AnnexCloudException}: by the vendor code first, by the
 * HTTP status when there is none; a 404 with no JSON body at all is a wrong base URL, not a missing member. The vendor's message is cleaned before it is kept: control
 * characters removed, shortened, and anything looking like a token or the secret redacted (a server
 * echoing the request must not leak credentials into logs).
 */
final class AnnexCloudErrors {

    private final Secret secret;
    private final Clock clock;

    AnnexCloudErrors(Secret secret, Clock clock) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The exception for an answer with an error code (may be null) or a non-2xx status; {@code jsonBody} tells
     * whether the body was JSON at all (a 404 without it is no answer of the API: a wrong base URL).
     */
    AnnexCloudException of(RequestDescription request, TransportResponse response, AnnexCloudErrorCode code,
                           String rawMessage, boolean jsonBody) {
        int status = response.status();
        if (code == null && status == 404 && !jsonBody) {
            return new AnnexCloudEndpointNotFoundException("Annex Cloud answered HTTP 404 without an API error (Content-Type "
                    + response.header("Content-Type").orElse("none")
                    + "): the base URL is probably wrong; it must end in /api/3.0", request, status);
        }
        String vendorMessage = clean(rawMessage);
        String message = vendorMessage != null ? "Annex Cloud: " + vendorMessage
                : "Annex Cloud answered HTTP " + status;
        if (AnnexCloudErrorCode.AC1005.equals(code) || code == null && status == 404) {
            return new AnnexCloudNotFoundException(message, request, status, code, vendorMessage);
        }
        if (AnnexCloudErrorCode.AC1002.equals(code) || code == null && (status == 401 || status == 403)) {
            return new AnnexCloudUnauthorizedException(message, request, status, code, vendorMessage);
        }
        if (AnnexCloudErrorCode.AC1006.equals(code) || code == null && status == 409) {
            return new AnnexCloudConflictException(message, request, status, code, vendorMessage);
        }
        if (AnnexCloudErrorCode.AC1010.equals(code)) {
            return new AnnexCloudDuplicateTransactionException(message, request, status, code, vendorMessage);
        }
        if (AnnexCloudErrorCode.AC1004.equals(code) || AnnexCloudErrorCode.AC1007.equals(code)
                || code == null && status == 400) {
            return new AnnexCloudInvalidRequestException(message, request, status, code, vendorMessage);
        }
        if (status == 429) {
            return new AnnexCloudRateLimitedException(message, request, status, code, vendorMessage,
                    response.header("Retry-After").flatMap(value -> RetryAfter.parse(value, clock.instant()))
                            .orElse(null));
        }
        return new AnnexCloudException(message, request, status, code, vendorMessage);
    }

    private String clean(String text) {
        return VendorText.clean(text, secret);
    }
}
