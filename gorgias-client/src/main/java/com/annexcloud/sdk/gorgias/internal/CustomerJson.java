package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.UnreadableResponseException;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.ImmutableCustomerPage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Reads the Gorgias customer responses whose shape is not simply a {@link Customer}. */
final class CustomerJson {
    private CustomerJson() {
    }

    /** A list envelope: {@code {"data":[…],"meta":{"next_cursor":…,"prev_cursor":…}}}. */
    static CustomerPage page(TransportResponse response, RequestDescription request) {
        JsonNode body = Json.readTree(response, request);
        JsonNode data = body.path("data");
        if (!data.isArray()) {
            throw new UnreadableResponseException("customer list response has no data array", request,
                    response.status(), null);
        }
        ImmutableCustomerPage.Builder page = CustomerPage.builder();
        for (JsonNode customer : data) {
            page.addData(Json.convert(customer, response, request, Customer.class));
        }
        JsonNode meta = body.path("meta");
        return page.nextCursor(text(meta, "next_cursor")).prevCursor(text(meta, "prev_cursor")).build();
    }

    /**
     * The answer to {@code PUT /customers/{id}/data}: the customer when the body is one (an object with an
     * {@code id}), else a customer of only {@code id} and the data (the answer's {@code data} when it has
     * one, else {@code sent}).
     */
    static Customer afterSetData(TransportResponse response, RequestDescription request, long id, JsonNode sent) {
        if (response.bodyText().isBlank()) {
            return Customer.builder().id(id).data(sent).build();
        }
        JsonNode body = Json.readTree(response, request);
        if (body.isObject() && body.path("id").canConvertToLong()) {
            return Json.convert(body, response, request, Customer.class);
        }
        JsonNode data = body.isObject() && body.has("data") ? body.get("data") : sent;
        return Customer.builder().id(id).data(data).build();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isEmpty()
                ? Optional.of(value.asText()) : Optional.empty();
    }
}
