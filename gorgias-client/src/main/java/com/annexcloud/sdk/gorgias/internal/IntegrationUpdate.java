package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The body of an integration update, read-modify-write: the integration as Gorgias last showed it,
 * without the fields the server owns, with the request's fields laid over it. Settings the SDK does not
 * model that Gorgias shows on reads ({@code http.oauth2}, anything new) are sent back as read; write-only
 * ones ({@code http.hmac_secret}) are never shown, so only the request can carry them. Inside {@code http},
 * the request's fields win one by one, and {@code headers} and {@code triggers} entry by entry: the
 * request's entries replace those of the same name, the others stay, and an empty map is not sent (Gorgias
 * may not echo headers on reads, and an empty map would clear the ones set before). Header names are
 * compared ignoring case (as HTTP does), trigger names ignoring case and {@code -} versus {@code _} (the
 * reference spells them both ways), so a name is never sent twice in two spellings.
 */
final class IntegrationUpdate {
    /** Fields Gorgias owns: sending them back changes nothing at best. */
    private static final List<String> SERVER_OWNED = List.of("id", "uri", "created_datetime", "updated_datetime");
    /** The maps merged entry by entry, each with the form under which two names are the same. */
    private static final Map<String, UnaryOperator<String>> MERGED_BY_KEY = Map.of(
            "headers", name -> name.toLowerCase(Locale.ROOT),
            "triggers", name -> name.toLowerCase(Locale.ROOT).replace('_', '-'));

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
            UnaryOperator<String> sameName = MERGED_BY_KEY.get(change.getKey());
            if (sameName != null && kept.isObject() && change.getValue().isObject()) {
                merge((ObjectNode) kept, (ObjectNode) change.getValue(), sameName);
            } else if (!(sameName != null && change.getValue().isEmpty())) {
                http.set(change.getKey(), change.getValue());
            }
        }
        return http;
    }

    /** Lays {@code changes} over {@code kept}, each change replacing every kept entry of the same name. */
    private static void merge(ObjectNode kept, ObjectNode changes, UnaryOperator<String> sameName) {
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            String name = sameName.apply(change.getKey());
            List<String> spellings = kept.properties().stream().map(Map.Entry::getKey)
                    .filter(key -> sameName.apply(key).equals(name)).collect(Collectors.toList());
            kept.remove(spellings);
            kept.set(change.getKey(), change.getValue());
        }
    }
}
