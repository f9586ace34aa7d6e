package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import java.util.List;
import java.util.Map;

/** Gorgias rejected the request as invalid (HTTP 400); {@link #fieldErrors()} says which fields. */
public class GorgiasInvalidRequestException extends GorgiasException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link GorgiasException#GorgiasException(String, RequestDescription, int, String, Map)}. */
    public GorgiasInvalidRequestException(String message, RequestDescription request, int status, String vendorMessage,
            Map<String, List<String>> fieldErrors) {
        super(message, request, status, vendorMessage, fieldErrors);
    }

    /** True: the request was refused as invalid. */
    @Override
    public boolean isInvalidRequest() {
        return true;
    }
}
