package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.InvalidOAuthStateException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code state} of an authorization redirect: {@code base64url(account|expiry|nonce).base64url(HMAC-SHA256)}
 * under a key of this process. Verifying checks the signature in constant time, the expiry on the clock,
 * and that the nonce was not used before (used nonces are remembered until they expire), so a forged,
 * stale or replayed state is refused. The state carries the account, so the callback learns it from a
 * value it signed rather than from the query.
 */
public final class OAuthState {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Secret key;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    /** States signed with {@code key}, valid for {@code ttl} on {@code clock}. */
    public OAuthState(Secret key, Duration ttl, Clock clock) {
        this.key = key;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A random 256-bit key, for a process that issues and verifies its own states. */
    public static Secret randomKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Secret.of(ENCODER.encodeToString(bytes));
    }

    /** A new state for the account. */
    public String issue(String account) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = account + "|" + clock.instant().plus(ttl).getEpochSecond() + "|" + ENCODER.encodeToString(nonce);
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(sign(encoded));
    }

    /**
     * The account of a state this process issued, consuming it.
     *
     * @throws InvalidOAuthStateException when it is malformed, forged, expired or used before
     */
    public String consume(String state) {
        int dot = state == null ? -1 : state.indexOf('.');
        if (dot <= 0 || state.length() > 512) {
            throw new InvalidOAuthStateException("the state is missing or malformed");
        }
        String encoded = state.substring(0, dot);
        byte[] signature;
        String[] parts;
        try {
            signature = DECODER.decode(state.substring(dot + 1));
            parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw new InvalidOAuthStateException("the state is malformed");
        }
        if (!MessageDigest.isEqual(sign(encoded), signature) || parts.length != 3 || !Accounts.isValid(parts[0])) {
            throw new InvalidOAuthStateException("the state was not issued by this app");
        }
        Instant expires;
        try {
            expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            throw new InvalidOAuthStateException("the state is malformed");
        }
        Instant now = clock.instant();
        used.values().removeIf(expiry -> expiry.isBefore(now));
        if (!now.isBefore(expires)) {
            throw new InvalidOAuthStateException("the state has expired; start the installation again");
        }
        if (used.putIfAbsent(parts[2], expires) != null) {
            throw new InvalidOAuthStateException("the state was already used");
        }
        return parts[0];
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.revealBytes(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "OAuthState[ttl=" + ttl + "]";
    }
}
