package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.RequestSigner;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs each attempt as Annex Cloud requires: a fresh HS256 JWT bound to the payload.
 *
 * <p>The payload is the exact body for POST/PATCH/PUT and, for GET, the member id as a JSON string
 * literal ({@link PipelineRequest#signedContent()}). {@code hmac = Base64(HMAC-SHA256(secret,
 * ASCII(Base64(payload))))}; the claims are {@code sub} and {@code site_id} (the site id), {@code exp}
 * (now + lifetime, Unix seconds) and {@code hmac}; the token is signed with the same secret.
 */
public final class AnnexCloudRequestSigner implements RequestSigner {
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER =
            URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));

    private final String siteId;
    private final Secret secret;
    private final Duration lifetime;

    /** Creates a signer for a site; {@code lifetime} is how long each token is valid. */
    public AnnexCloudRequestSigner(String siteId, Secret secret, Duration lifetime) {
        this.siteId = Objects.requireNonNull(siteId, "siteId");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    @Override
    public Map<String, String> headers(PipelineRequest request, Instant now) {
        return Map.of(
                "Authorization", "Bearer " + token(payloadOf(request), now),
                "X-AnnexCloud-Site", siteId,
                "Content-Type", "application/json");
    }

    /** The bytes a request's signature covers. */
    static byte[] payloadOf(PipelineRequest request) {
        return "GET".equals(request.method()) ? request.signedContent() : request.body();
    }

    /** The JWT for a payload at an instant. */
    String token(byte[] payload, Instant now) {
        ObjectNode claims = Json.mapper().createObjectNode()
                .put("sub", siteId)
                .put("exp", now.getEpochSecond() + lifetime.toSeconds())
                .put("site_id", siteId)
                .put("hmac", hmac(payload));
        String signed = HEADER + "." + URL.encodeToString(Json.write(claims));
        return signed + "." + URL.encodeToString(hmacSha256(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The {@code hmac} claim of a payload. */
    String hmac(byte[] payload) {
        byte[] base64 = Base64.getEncoder().encode(payload);
        return Base64.getEncoder().encodeToString(hmacSha256(base64));
    }

    private byte[] hmacSha256(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.revealBytes(), ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "AnnexCloudRequestSigner[site " + siteId + "]";
    }
}
