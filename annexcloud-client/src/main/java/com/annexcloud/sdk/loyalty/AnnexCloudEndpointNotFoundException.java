package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestDescription;

/**
 * A 404 that did not come from the Annex Cloud API: no {@code errorCode} and no JSON body (an HTML or empty
 * page), as a web server answers for a path it does not serve. Almost always a wrong base URL (it must end in
 * {@code /api/3.0}), so it is a configuration error, not "no such member": it is deliberately not an
 * {@link AnnexCloudNotFoundException} (which callers treat as a non-member) and answers
 * {@link #isNotFound()} false, {@link #isEndpointNotFound()} true. {@code GorgiasEndpointNotFoundException}
 * is its Gorgias twin.
 */
public class AnnexCloudEndpointNotFoundException extends AnnexCloudException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; see {@link AnnexCloudException#AnnexCloudException}. */
    public AnnexCloudEndpointNotFoundException(String message, RequestDescription request, int status) {
        super(message, request, status, null, null);
    }

    /** True: the path is not served, a configuration error. */
    @Override
    public boolean isEndpointNotFound() {
        return true;
    }
}
