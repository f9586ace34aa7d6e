package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Encodes and decodes the Annex Cloud connector access token: standard base64 of
 * {@code {"site_id":"…","loyaltyToken":"…"}}. Decoding also accepts the array form
 * {@code ["<loyaltyToken>","<siteId>"]} the Gorgias integration document describes, URL-safe base64 and
 * missing padding. Every malformed token gives an {@link IllegalArgumentException} whose message never
 * repeats the token.
 */
public final class AccessTokenCodec {
    private static final int MAX_TOKEN_LENGTH = 4096;

    private AccessTokenCodec() {
    }

    /** The encoded token for a site id and loyalty token. */
    public static String encode(AccessToken token) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("site_id", token.siteId());
        json.put("loyaltyToken", token.loyaltyToken().reveal());
        return Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a token.
     *
     * @throws IllegalArgumentException when the token is not base64 of one of the two JSON forms
     */
    public static AccessToken decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("access token is empty");
        }
        String text = encoded.trim();
        if (text.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("access token is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        byte[] raw;
        try {
            raw = (text.indexOf('-') >= 0 || text.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getDecoder())
                    .decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("access token is not base64");
        }
        JsonNode json;
        try {
            json = Json.mapper().readTree(raw);
        } catch (IOException e) {
            throw new IllegalArgumentException("access token does not hold JSON");
        }
        if (json != null && json.isObject()) {
            return of(json.path("site_id").asText(json.path("siteId").asText("")), json.path("loyaltyToken").asText(""));
        }
        if (json != null && json.isArray() && json.size() == 2 && json.get(0).isValueNode() && json.get(1).isValueNode()) {
            return of(json.get(1).asText(""), json.get(0).asText(""));
        }
        throw new IllegalArgumentException(
                "access token must hold {\"site_id\":…,\"loyaltyToken\":…} or [loyaltyToken, siteId]");
    }

    private static AccessToken of(String siteId, String loyaltyToken) {
        if (siteId.isBlank()) {
            throw new IllegalArgumentException("access token has no site id");
        }
        if (loyaltyToken.isBlank()) {
            throw new IllegalArgumentException("access token has no loyalty token");
        }
        return new AccessToken(siteId, Secret.of(loyaltyToken));
    }
}
