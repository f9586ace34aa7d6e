package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestDescription;

/** The site id or secret was refused: AC1002 or HTTP 401. Check ANNEXCLOUD_SITE_ID and ANNEXCLOUD_SECRET. */
public class AnnexCloudUnauthorizedException extends AnnexCloudException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AnnexCloudException#AnnexCloudException}. */
    public AnnexCloudUnauthorizedException(String message, RequestDescription request, int status, AnnexCloudErrorCode errorCode,
            String vendorMessage) {
        super(message, request, status, errorCode, vendorMessage);
    }

    /** True: the site id or secret was refused. */
    @Override
    public boolean isUnauthorized() {
        return true;
    }
}
