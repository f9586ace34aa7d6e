package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The loyalty summary inside a Gorgias customer's data: the card under {@value #KEY}, with a content
 * hash under {@code _hash} (hidden in the sidebar) so a re-run can tell an unchanged card without
 * writing. Every other key of the customer's data is kept.
 */
final class LoyaltyData {
    /** The key of the loyalty summary in the customer data. */
    static final String KEY = "annexcloud_loyalty";
    private static final String HASH = "_hash";

    private LoyaltyData() {
    }

    /** Whether the data already carries this card. */
    static boolean isCurrent(Optional<JsonNode> data, LoyaltyCard card) {
        return cardHash(data).equals(hash(card));
    }

    /** The hash of the card the data carries, or {@code ""} when it carries none. */
    static String cardHash(Optional<JsonNode> data) {
        return data.map(d -> d.path(KEY).path(HASH).asText("")).orElse("");
    }

    /** The customer's data with the card put in (the rest kept). */
    static JsonNode merge(Optional<JsonNode> data, LoyaltyCard card) {
        ObjectNode merged = data.filter(JsonNode::isObject).map(d -> ((ObjectNode) d).deepCopy())
                .orElseGet(() -> Json.mapper().createObjectNode());
        ObjectNode summary = Json.mapper().valueToTree(card);
        summary.put(HASH, hash(card));
        merged.set(KEY, summary);
        return merged;
    }

    static String hash(LoyaltyCard card) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Json.write(card)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
