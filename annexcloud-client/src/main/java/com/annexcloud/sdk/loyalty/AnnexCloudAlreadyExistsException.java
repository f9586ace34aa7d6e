package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestDescription;

/** The record exists already: AC1006 (for example creating a member whose id is taken), or a 409 without a code. */
public class AnnexCloudAlreadyExistsException extends AnnexCloudException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AnnexCloudException#AnnexCloudException}. */
    public AnnexCloudAlreadyExistsException(String message, RequestDescription request, int status, AnnexCloudErrorCode errorCode,
            String vendorMessage) {
        super(message, request, status, errorCode, vendorMessage);
    }
}
