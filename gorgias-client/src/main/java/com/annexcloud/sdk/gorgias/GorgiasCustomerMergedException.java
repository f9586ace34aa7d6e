package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gorgias answered {@code 301 Moved Permanently}: the customer named in the path was merged into another
 * one, and every {@code /customers/{id}/…} call on it is redirected to the customer that remains. The
 * client does not follow the redirect on its own: a write built from the merged customer (such as its
 * data with one key changed) would replace what the surviving customer holds. Read the
 * {@link #survivingCustomerId()} customer and write there instead.
 */
public class GorgiasCustomerMergedException extends GorgiasException {
    private static final long serialVersionUID = 1L;

    private final Long mergedCustomerId;
    private final Long survivingCustomerId;

    /**
     * Creates the exception.
     *
     * @param message             what happened, naming both ids when known and no secret
     * @param request             the request that was answered with the redirect
     * @param status              the HTTP status, {@code 301}
     * @param mergedCustomerId    the id the request named, or null when the path holds none
     * @param survivingCustomerId the id the redirect points to, or null when Gorgias named none
     */
    public GorgiasCustomerMergedException(String message, RequestDescription request, int status,
                                          Long mergedCustomerId, Long survivingCustomerId) {
        super(message, request, status, null, Map.<String, List<String>>of());
        this.mergedCustomerId = mergedCustomerId;
        this.survivingCustomerId = survivingCustomerId;
    }

    /** The customer the request named, which no longer exists on its own. */
    public Optional<Long> mergedCustomerId() {
        return Optional.ofNullable(mergedCustomerId);
    }

    /** The customer it was merged into, read from the redirect's {@code Location}; empty when Gorgias named none. */
    public Optional<Long> survivingCustomerId() {
        return Optional.ofNullable(survivingCustomerId);
    }
}
