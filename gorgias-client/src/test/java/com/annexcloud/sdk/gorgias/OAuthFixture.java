package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;

/**
 * An OAuth app against WireMock, which stands in for {@code https://acme.gorgias.com}, on the fixture's
 * fake time. Token answers follow Gorgias's "Set up OAuth2" guide
 * (https://developers.gorgias.com/docs/set-up-oauth2-app-store): {@code access_token}, {@code token_type}
 * {@code Bearer}, {@code expires_in} (24 h), {@code refresh_token} with the {@code offline} scope,
 * {@code scope} (RFC 6749 section 5.1 names the same fields).
 */
final class OAuthFixture {
    static final String CLIENT_ID = "app-client-id-42";
    static final String CLIENT_SECRET = "app-client-secret-do-not-leak";
    static final URI REDIRECT = URI.create("https://loyalty.example.com/gorgias/oauth/callback");
    static final String ACCESS = "acc-tok-first-1111";
    static final String REFRESH = "ref-tok-first-2222";
    static final String NEW_ACCESS = "acc-tok-second-3333";

    final GorgiasFixture gorgias;
    private final WireMockExtension wireMock;

    OAuthFixture(WireMockExtension wireMock) {
        this.wireMock = wireMock;
        this.gorgias = new GorgiasFixture(wireMock);
    }

    GorgiasOAuth.Builder builder() {
        return GorgiasOAuth.builder().clientId(CLIENT_ID).clientSecret(Secret.of(CLIENT_SECRET)).redirectUri(REDIRECT)
                .accountUri(account -> URI.create(wireMock.baseUrl())).options(gorgias.options().build());
    }

    GorgiasOAuth oauth() {
        return builder().build();
    }

    /** A Gorgias token answer. */
    static String tokenAnswer(String access, String refresh) {
        return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":86400,"
                + (refresh == null ? "" : "\"refresh_token\":\"" + refresh + "\",")
                + "\"scope\":\"openid email profile offline write:all\"}";
    }

    /** The first tokens, valid for 24 h from the fixture's now. */
    OAuthTokens firstTokens() {
        return OAuthTokens.builder().accessToken(Secret.of(ACCESS)).refreshToken(Secret.of(REFRESH))
                .expiresAt(gorgias.time.now().plus(Duration.ofHours(24))).build();
    }
}
