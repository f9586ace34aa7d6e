package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestDescription;

/** The server has seen this transaction (order id or custom id) before: AC1010, a conflict. Points calls that carried an idempotency key report this as success with {@code alreadyApplied()} instead. */
public class AnnexCloudDuplicateTransactionException extends AnnexCloudConflictException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AnnexCloudException#AnnexCloudException}. */
    public AnnexCloudDuplicateTransactionException(String message, RequestDescription request, int status, AnnexCloudErrorCode errorCode,
            String vendorMessage) {
        super(message, request, status, errorCode, vendorMessage);
    }
}
