package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.SdkException;
import java.util.Optional;

/**
 * Annex Cloud answered with an error: a non-2xx status, or an {@code errorCode} in the body (which the
 * server also sends with 200). Branch on the subtypes or on {@link #errorCode()}, not on the status: the
 * server's statuses are inconsistent (AC1005 arrives with 404 or 400). The message holds the vendor's
 * message, the method, path, status and code, and never a secret or token.
 */
public class AnnexCloudException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final transient AnnexCloudErrorCode errorCode;

    /**
     * Creates the exception.
     *
     * @param status        the HTTP status, 0 when none
     * @param errorCode     the vendor's code, or null
     * @param vendorMessage the vendor's message, or null
     */
    public AnnexCloudException(String message, RequestDescription request, int status, AnnexCloudErrorCode errorCode,
                               String vendorMessage) {
        super(message, request, status, errorCode == null ? null : errorCode.value(), vendorMessage, null);
        this.errorCode = errorCode;
    }

    /** The vendor's error code, when the body carried one. */
    public Optional<AnnexCloudErrorCode> errorCode() {
        return Optional.ofNullable(errorCode);
    }
}
