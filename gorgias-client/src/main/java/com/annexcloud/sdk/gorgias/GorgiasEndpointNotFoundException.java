package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import java.util.Map;

/**
 * A 404 without Gorgias's JSON error body: an HTML page (what an unknown account host answers) or nothing.
 * Almost always a wrong base URL or account name, so callers may report it as a configuration error; it is
 * still a {@link GorgiasNotFoundException}, so code that treats "not found" as a result keeps working.
 */
public class GorgiasEndpointNotFoundException extends GorgiasNotFoundException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link GorgiasException#GorgiasException(String, RequestDescription, int, String, Map)}. */
    public GorgiasEndpointNotFoundException(String message, RequestDescription request, int status) {
        super(message, request, status, null, Map.of());
    }
}
