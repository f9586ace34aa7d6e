package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestDescription;

/**
 * No such member or no data: AC1005 (whatever the HTTP status), or a 404 with a JSON body but no code. A 404
 * with no JSON body at all is an {@link AnnexCloudEndpointNotFoundException} instead.
 */
public class AnnexCloudNotFoundException extends AnnexCloudException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AnnexCloudException#AnnexCloudException}. */
    public AnnexCloudNotFoundException(String message, RequestDescription request, int status, AnnexCloudErrorCode errorCode,
            String vendorMessage) {
        super(message, request, status, errorCode, vendorMessage);
    }

    /** True: no such member or data. */
    @Override
    public boolean isNotFound() {
        return true;
    }
}
