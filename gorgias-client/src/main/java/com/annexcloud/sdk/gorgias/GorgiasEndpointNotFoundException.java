package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import java.util.Map;

/**
 * A 404 without Gorgias's JSON error body: an HTML page (what an unknown account host answers) or nothing.
 * Almost always a wrong base URL or account name: a configuration error, not "no such customer". Like its
 * Annex Cloud twin ({@code AnnexCloudEndpointNotFoundException}) it is deliberately not a
 * {@link GorgiasNotFoundException} and answers {@link #isNotFound()} false, {@link #isEndpointNotFound()} true.
 */
public class GorgiasEndpointNotFoundException extends GorgiasException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link GorgiasException#GorgiasException(String, RequestDescription, int, String, Map)}. */
    public GorgiasEndpointNotFoundException(String message, RequestDescription request, int status) {
        super(message, request, status, null, Map.of());
    }

    /** True: the path is not served, a configuration error. */
    @Override
    public boolean isEndpointNotFound() {
        return true;
    }
}
