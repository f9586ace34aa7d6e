package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.UnreadableResponseException;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of a Gorgias listing: {@code {"object":"list","data":[…],"meta":{"next_cursor":…,"prev_cursor":…}}},
 * or a bare JSON array of items (the reference documents {@code GET /api/widgets} that way), which is a
 * single page without cursors.
 *
 * @param data       the items in the listing's order
 * @param nextCursor the next page's cursor, empty on the last page
 * @param prevCursor the previous page's cursor, empty on the first page
 * @param <T>        the item type
 */
record ListEnvelope<T>(List<T> data, Optional<String> nextCursor, Optional<String> prevCursor) {

    /** Reads the envelope, each item as {@code type}. */
    static <T> ListEnvelope<T> read(TransportResponse response, RequestDescription request, Class<T> type) {
        JsonNode body = Json.readTree(response, request);
        JsonNode data = body.isArray() ? body : body.path("data");
        if (!data.isArray()) {
            throw new UnreadableResponseException("list response has no data array and is not an array", request,
                    response.status(), null);
        }
        List<T> items = new ArrayList<>(data.size());
        for (JsonNode item : data) {
            items.add(Json.convert(item, response, request, type));
        }
        JsonNode meta = body.path("meta");
        return new ListEnvelope<>(List.copyOf(items), text(meta, "next_cursor"), text(meta, "prev_cursor"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isEmpty()
                ? Optional.of(value.asText()) : Optional.empty();
    }
}
