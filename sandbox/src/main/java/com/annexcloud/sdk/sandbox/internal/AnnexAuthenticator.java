package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.Secret;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request exactly as Annex Cloud does: {@code X-AnnexCloud-Site} equals the site id, and the
 * bearer JWT is HS256-signed with the site secret, not expired by the sandbox clock, names the site in
 * {@code site_id}, and carries {@code hmac = Base64(HMAC-SHA256(secret, ASCII(Base64(payload))))}.
 */
final class AnnexAuthenticator {
    private final String siteId;
    private final Secret secret;
    private final Clock clock;

    AnnexAuthenticator(String siteId, Secret secret, Clock clock) {
        this.siteId = siteId;
        this.secret = secret;
        this.clock = clock;
    }

    /**
     * Whether the request is authorized.
     *
     * @param payload the signed content: the body for POST/PATCH/PUT, the JSON string literal of the id for GET
     */
    boolean authorized(SandboxRequest request, byte[] payload) {
        if (!request.header("X-AnnexCloud-Site").map(siteId::equals).orElse(false)) {
            return false;
        }
        Optional<String> token = request.header("Authorization")
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim());
        return token.map(t -> validToken(t, payload)).orElse(false);
    }

    private boolean validToken(String token, byte[] payload) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        try {
            JsonNode header = decodeJson(parts[0]);
            if (!"HS256".equals(header.path("alg").asText())) {
                return false;
            }
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            byte[] expected = hmac((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, signature)) {
                return false;
            }
            JsonNode claims = decodeJson(parts[1]);
            String payloadHmac = Base64.getEncoder().encodeToString(
                    hmac(Base64.getEncoder().encodeToString(payload).getBytes(StandardCharsets.US_ASCII)));
            return claims.path("exp").canConvertToLong()
                    && claims.path("exp").asLong() > clock.instant().getEpochSecond()
                    && siteId.equals(claims.path("site_id").asText(null))
                    && MessageDigest.isEqual(payloadHmac.getBytes(StandardCharsets.US_ASCII),
                            claims.path("hmac").asText("").getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static JsonNode decodeJson(String part) throws IOException {
        return JsonBody.MAPPER.readTree(Base64.getUrlDecoder().decode(part));
    }

    private byte[] hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.revealBytes(), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
