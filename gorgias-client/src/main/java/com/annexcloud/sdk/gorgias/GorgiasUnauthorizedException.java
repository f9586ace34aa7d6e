package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import java.util.List;
import java.util.Map;

/** The credentials were refused (HTTP 401) or lack the rights or scopes for the call (HTTP 403). */
public class GorgiasUnauthorizedException extends GorgiasException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link GorgiasException#GorgiasException(String, RequestDescription, int, String, Map)}. */
    public GorgiasUnauthorizedException(String message, RequestDescription request, int status, String vendorMessage,
            Map<String, List<String>> fieldErrors) {
        super(message, request, status, vendorMessage, fieldErrors);
    }

    /** True: the credentials were refused or lack the rights. */
    @Override
    public boolean isUnauthorized() {
        return true;
    }
}
