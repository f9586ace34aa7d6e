package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import java.util.List;
import java.util.Map;

/** The resource already exists (HTTP 409). */
public class GorgiasConflictException extends GorgiasException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link GorgiasException#GorgiasException(String, RequestDescription, int, String, Map)}. */
    public GorgiasConflictException(String message, RequestDescription request, int status, String vendorMessage,
            Map<String, List<String>> fieldErrors) {
        super(message, request, status, vendorMessage, fieldErrors);
    }

    /** True: the resource exists already. */
    @Override
    public boolean isConflict() {
        return true;
    }
}
