package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestDescription;

/**
 * The record exists already: AC1006 (for example creating a member whose id is taken), or a 409 without a code;
 * {@link AnnexCloudDuplicateTransactionException} (AC1010) is the case of a transaction seen before.
 */
public class AnnexCloudConflictException extends AnnexCloudException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AnnexCloudException#AnnexCloudException}. */
    public AnnexCloudConflictException(String message, RequestDescription request, int status, AnnexCloudErrorCode errorCode,
            String vendorMessage) {
        super(message, request, status, errorCode, vendorMessage);
    }

    /** True: the record exists already. */
    @Override
    public boolean isConflict() {
        return true;
    }
}
