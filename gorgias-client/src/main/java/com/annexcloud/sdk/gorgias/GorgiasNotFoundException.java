package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import java.util.List;
import java.util.Map;

/** The resource does not exist: HTTP 404 with Gorgias's JSON error body (an HTML 404 is a {@link GorgiasEndpointNotFoundException}). */
public class GorgiasNotFoundException extends GorgiasException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link GorgiasException#GorgiasException(String, RequestDescription, int, String, Map)}. */
    public GorgiasNotFoundException(String message, RequestDescription request, int status, String vendorMessage,
            Map<String, List<String>> fieldErrors) {
        super(message, request, status, vendorMessage, fieldErrors);
    }

    /** True: no such resource. */
    @Override
    public boolean isNotFound() {
        return true;
    }
}
