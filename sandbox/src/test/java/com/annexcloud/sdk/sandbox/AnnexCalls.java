package com.annexcloud.sdk.sandbox;

import com.annexcloud.sdk.core.Secret;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and sends raw Annex Cloud requests the way annexcloud-v3.md "Authentication" describes, with the
 * JWT made by an independent library (java-jwt), so the emulator's verifier is checked against it.
 */
final class AnnexCalls {
    /** What a request is signed with; tests change one part at a time. */
    record Credentials(Secret secret, String siteHeader, String siteClaim, Instant expiresAt) {
        Credentials withSecret(Secret other) {
            return new Credentials(other, siteHeader, siteClaim, expiresAt);
        }

        Credentials withSiteHeader(String other) {
            return new Credentials(secret, other, siteClaim, expiresAt);
        }

        Credentials withSiteClaim(String other) {
            return new Credentials(secret, siteHeader, other, expiresAt);
        }

        Credentials expiringAt(Instant other) {
            return new Credentials(secret, siteHeader, siteClaim, other);
        }
    }

    private final AnnexCloudEmulator annex;

    AnnexCalls(AnnexCloudEmulator annex) {
        this.annex = annex;
    }

    /** Valid credentials, expiring a few minutes after {@code now}. */
    Credentials credentials(Instant now) {
        return new Credentials(annex.secret(), annex.siteId(), annex.siteId(), now.plusSeconds(300));
    }

    Credentials credentials() {
        return credentials(Instant.now());
    }

    /** A GET signing the member id as a JSON string literal. */
    HttpResult get(String path, String memberId) {
        return send("GET", path, new byte[0], jsonString(memberId), credentials());
    }

    /** A POST/PATCH/PUT signing the exact body. */
    HttpResult send(String method, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send(method, path, body, body, credentials());
    }

    HttpResult send(String method, String path, byte[] body, byte[] signedPayload, Credentials credentials) {
        HttpRequest request = HttpResult.request(annex.baseUri(), path)
                .header("Authorization", "Bearer " + token(signedPayload, credentials))
                .header("X-AnnexCloud-Site", credentials.siteHeader())
                .header("Content-Type", "application/json")
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpResult.send(request);
    }

    static byte[] jsonString(String id) {
        return ("\"" + id + "\"").getBytes(StandardCharsets.UTF_8);
    }

    static String token(byte[] payload, Credentials credentials) {
        String b64 = Base64.getEncoder().encodeToString(payload);
        return JWT.create()
                .withSubject("sandbox-test")
                .withExpiresAt(credentials.expiresAt())
                .withClaim("site_id", credentials.siteClaim())
                .withClaim("hmac", Base64.getEncoder().encodeToString(hmac(credentials.secret(), b64)))
                .sign(Algorithm.HMAC256(credentials.secret().reveal()));
    }

    private static byte[] hmac(Secret secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.revealBytes(), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
