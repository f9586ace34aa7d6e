package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.SdkException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gorgias answered with an error status. Carries the status, Gorgias's message ({@code error.msg}) as
 * {@link #vendorMessage()}, and the per-field validation messages of {@code error.data} as
 * {@link #fieldErrors()}. Subtypes tell the cases callers branch on; other statuses (such as 503) are
 * this type. The message never holds a credential or header.
 */
public class GorgiasException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final Map<String, List<String>> fieldErrors;

    /**
     * Creates the exception.
     *
     * @param message       what went wrong, without any secret
     * @param request       the failed request's method and path
     * @param status        the HTTP status
     * @param vendorMessage Gorgias's {@code error.msg}, or null
     * @param fieldErrors   Gorgias's {@code error.data}: messages per field (copied)
     */
    public GorgiasException(String message, RequestDescription request, int status, String vendorMessage,
                            Map<String, List<String>> fieldErrors) {
        super(message, request, status, null, vendorMessage, null);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.fieldErrors = Collections.unmodifiableMap(copy);
    }

    /** The validation messages per field, such as {@code {"email": ["Not a valid email address."]}}; empty when none. */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
