package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** HTTP Basic ({@code email:apiKey}), or a Bearer access token: the configured one or one the OAuth endpoints issued. */
final class GorgiasAuthenticator {
    private final String email;
    private final Secret apiKey;
    private final Optional<Secret> bearerToken;
    private final GorgiasOAuthServer oauth;

    GorgiasAuthenticator(String email, Secret apiKey, Optional<Secret> bearerToken, GorgiasOAuthServer oauth) {
        this.email = email;
        this.apiKey = apiKey;
        this.bearerToken = bearerToken;
        this.oauth = oauth;
    }

    boolean authorized(SandboxRequest request) {
        String header = request.header("Authorization").orElse("").trim();
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim());
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            return bearerToken.map(t -> t.matches(token)).orElse(false) || oauth.accepts(token);
        }
        return false;
    }

    private boolean basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && decoded.substring(0, colon).equalsIgnoreCase(email)
                    & apiKey.matches(decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
