package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The body of an integration update, read-modify-write: the integration as Gorgias last showed it,
 * without the fields the server owns, with the request's fields laid over it. Settings the SDK does not
 * model ({@code http.oauth2}, {@code http.hmac_secret}, anything new) are sent back as read, so an update
 * never wipes them. Inside {@code http}, the request's fields win one by one, and {@code headers} and
 * {@code triggers} entry by entry: the request's entries replace those of the same name, the others stay,
 * and an empty map is not sent (Gorgias may not echo headers on reads, and an empty map would clear the
 * ones set before).
 */
final class IntegrationUpdate {
    /** Fields Gorgias owns: sending them back changes nothing at best. */
    private static final List<String> SERVER_OWNED = List.of("id", "uri", "created_datetime", "updated_datetime");
    private static final List<String> MERGED_BY_KEY = List.of("headers", "triggers");

    private IntegrationUpdate() {
    }

    static ObjectNode body(JsonNode current, CreateIntegration request) {
        ObjectNode body = current.isObject() ? ((ObjectNode) current).deepCopy() : Json.mapper().createObjectNode();
        body.remove(SERVER_OWNED);
        ObjectNode changes = Json.mapper().valueToTree(request);
        JsonNode httpChanges = changes.remove("http");
        body.setAll(changes);
        body.set("http", http(body.path("http"), httpChanges));
        if (request.activate()) {
            body.putNull("deactivated_datetime");
        }
        return body;
    }

    private static ObjectNode http(JsonNode current, JsonNode changes) {
        ObjectNode http = current.isObject() ? ((ObjectNode) current).deepCopy() : Json.mapper().createObjectNode();
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            JsonNode kept = http.path(change.getKey());
            if (MERGED_BY_KEY.contains(change.getKey()) && kept.isObject() && change.getValue().isObject()) {
                ((ObjectNode) kept).setAll((ObjectNode) change.getValue());
            } else if (!(MERGED_BY_KEY.contains(change.getKey()) && change.getValue().isEmpty())) {
                http.set(change.getKey(), change.getValue());
            }
        }
        return http;
    }
}
