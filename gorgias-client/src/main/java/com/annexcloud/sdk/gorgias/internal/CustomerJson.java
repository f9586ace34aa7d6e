package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** Reads the Gorgias customer responses whose shape is not simply a {@link Customer}. */
final class CustomerJson {
    /** Equal JSON leaves, numbers by value ({@code 10} equals {@code 10.0}): a server may re-encode numbers. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : (a.equals(b) ? 0 : 1);

    private CustomerJson() {
    }

    /** Whether the customer's data is {@code data} (key order and number encoding aside). */
    static boolean carries(Customer customer, JsonNode data) {
        return customer.data().filter(stored -> stored.equals(SAME_VALUE, data)).isPresent();
    }

    /** A list envelope of customers. */
    static CustomerPage page(TransportResponse response, RequestDescription request) {
        ListEnvelope<Customer> envelope = ListEnvelope.read(response, request, Customer.class);
        return CustomerPage.builder().data(envelope.data()).nextCursor(envelope.nextCursor())
                .prevCursor(envelope.prevCursor()).build();
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
}
