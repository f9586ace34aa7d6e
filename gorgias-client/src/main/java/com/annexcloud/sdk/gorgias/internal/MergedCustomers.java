package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.GorgiasCustomerMergedException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code 301} Gorgias answers on {@code /customers/{id}/…} for a merged customer (Gorgias
 * changelog, "301 redirects on merged customers", May 2024: an empty body and a redirect to the customer
 * that remains). The surviving id is taken from the {@code Location} header (absolute or relative, with
 * or without a trailing path); a body with a numeric {@code id} is read too, in case one is ever sent.
 */
final class MergedCustomers {
    private MergedCustomers() {
    }

    /** Whether the request's path names one customer ({@code /customers/{id}…}), which a 301 says was merged. */
    static boolean namesACustomer(RequestDescription request) {
        return customerId(request.path()).isPresent();
    }

    /** The exception for a 301 answer to {@code request}. */
    static GorgiasCustomerMergedException from(TransportResponse response, RequestDescription request) {
        Long merged = customerId(request.path()).orElse(null);
        Long surviving = response.header("Location").flatMap(MergedCustomers::locationId)
                .or(() -> bodyId(response, request)).orElse(null);
        String message = "Gorgias: customer " + (merged == null ? "" : merged + " ") + "was merged into "
                + (surviving == null ? "another customer (no Location given)" : "customer " + surviving);
        return new GorgiasCustomerMergedException(message, request, response.status(), merged, surviving);
    }

    private static Optional<Long> locationId(String location) {
        try {
            return customerId(URI.create(location.trim()).getPath());
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    /** The numeric segment after {@code customers} in a path. */
    private static Optional<Long> customerId(String path) {
        if (path == null) {
            return Optional.empty();
        }
        List<String> segments = List.of(path.split("/"));
        int at = segments.indexOf("customers");
        return at < 0 || at + 1 >= segments.size() ? Optional.empty() : positive(segments.get(at + 1));
    }

    private static Optional<Long> bodyId(TransportResponse response, RequestDescription request) {
        if (response.body().length == 0 || !response.looksLikeJson()) {
            return Optional.empty();
        }
        try {
            JsonNode id = Json.readTree(response, request).path("id");
            return id.canConvertToLong() ? positive(id.asText()) : Optional.empty();
        } catch (SdkException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Long> positive(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
