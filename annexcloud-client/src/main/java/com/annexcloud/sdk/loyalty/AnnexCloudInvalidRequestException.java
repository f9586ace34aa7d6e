package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestDescription;

/** The server refused the request's parameters: AC1004 (missing), AC1007 (invalid), or a 400 without a code. */
public class AnnexCloudInvalidRequestException extends AnnexCloudException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AnnexCloudException#AnnexCloudException}. */
    public AnnexCloudInvalidRequestException(String message, RequestDescription request, int status, AnnexCloudErrorCode errorCode,
            String vendorMessage) {
        super(message, request, status, errorCode, vendorMessage);
    }

    /** True: the parameters were refused. */
    @Override
    public boolean isInvalidRequest() {
        return true;
    }
}
