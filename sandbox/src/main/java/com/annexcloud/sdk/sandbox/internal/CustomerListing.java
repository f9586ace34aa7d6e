package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code GET /customers}: the {@code email} and {@code external_id} filters, then a {@link CursorListing}. */
final class CustomerListing {
    private static final CursorListing<SandboxCustomer> LISTING = new CursorListing<>(c -> c.id().orElseThrow(),
            c -> c.createdDatetime().orElseThrow(), c -> c.updatedDatetime().orElseThrow(), CustomerViews::summary);

    private CustomerListing() {
    }

    /**
     * The list envelope for this request.
     *
     * @throws Refusal 400 naming the invalid parameter
     */
    static ObjectNode page(List<SandboxCustomer> all, SandboxRequest request) {
        Map<String, String> query = request.query();
        List<SandboxCustomer> matching = all.stream()
                .filter(c -> matches(c.email(), query.get("email"), true))
                .filter(c -> matches(c.externalId(), query.get("external_id"), false))
                .collect(Collectors.toList());
        return LISTING.page(matching, request);
    }

    private static boolean matches(Optional<String> value, String wanted, boolean ignoreCase) {
        return wanted == null || value.filter(v -> ignoreCase ? v.equalsIgnoreCase(wanted) : v.equals(wanted)).isPresent();
    }
}
