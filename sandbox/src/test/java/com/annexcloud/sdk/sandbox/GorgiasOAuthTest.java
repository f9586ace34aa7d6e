package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasOAuth;
import com.annexcloud.sdk.gorgias.GorgiasOAuthException;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The emulated OAuth endpoints of a public app, after Gorgias's guides
 * (https://developers.gorgias.com/docs/set-up-oauth2-app-store: the authorize redirect back to
 * {@code redirect_uri} with {@code code} and {@code state}, the token endpoint's {@code authorization_code}
 * and {@code refresh_token} grants; https://developers.gorgias.com/docs/oauth2-authentication-for-creating-apps-with-gorgias:
 * 24 h access tokens, refresh tokens without expiry) and RFC 6749 sections 4.1 and 5 for the error shapes.
 */
class GorgiasOAuthTest {
    private static final URI REDIRECT = URI.create("https://loyalty.example.com/gorgias/oauth/callback");

    private final ManualTime time = ManualTime.create();
    private final Sandbox sandbox = Sandbox.builder().clock(time.clock()).start();
    private final GorgiasEmulator gorgias = sandbox.gorgias();
    private final GorgiasOAuth oauth = GorgiasOAuth.builder().clientId(gorgias.oauthClientId())
            .clientSecret(gorgias.oauthClientSecret()).redirectUri(REDIRECT).accountUri(account -> gorgias.accountUri())
            .options(ClientOptions.builder().clock(time.clock()).sleeper(time).build()).build();

    @AfterEach
    void close() {
        oauth.close();
        sandbox.close();
    }

    @Test
    void authorizeApprovesAtOnceAndSendsTheCodeAndStateBack() {
        URI authorize = oauth.authorizationUri("sandbox");

        HttpResult answer = HttpResult.send(HttpRequest.newBuilder(authorize).GET().build());

        assertThat(answer.status()).isEqualTo(302);
        URI location = URI.create(answer.header("Location").orElseThrow());
        assertThat(location.toString()).startsWith(REDIRECT + "?code=");
        assertThat(query(location).get("state")).isEqualTo(query(authorize).get("state"));
    }

    @Test
    void theAccountNameIsConfigurable() {
        try (Sandbox acme = Sandbox.builder().gorgiasAccount("acme").start()) {
            assertThat(acme.gorgias().account()).isEqualTo("acme");
        }
        assertThat(gorgias.account()).isEqualTo("sandbox");
        assertThatThrownBy(() -> Sandbox.builder().gorgiasAccount("Not A Host")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void authorizeRefusesAnUnknownClient() {
        HttpResult answer = HttpResult.send(HttpRequest.newBuilder(URI.create(gorgias.accountUri()
                + "/oauth/authorize?response_type=code&client_id=someone-else&redirect_uri=https%3A%2F%2Fx.test%2Fcb"))
                .GET().build());

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void aCodeBuysTokensOnceAndTheAccessTokenOpensTheApiFor24Hours() {
        String code = approve();
        OAuthTokens tokens = oauth.exchangeCode("sandbox", code);
        GorgiasCalls calls = new GorgiasCalls(gorgias);

        assertThat(tokens.expiresAt()).isEqualTo(time.now().plus(Duration.ofHours(24)));
        assertThat(tokens.refreshToken()).isPresent();
        assertThat(calls.send("GET", "/customers", null, "Bearer " + tokens.accessToken().reveal()).status()).isEqualTo(200);
        assertThatThrownBy(() -> oauth.exchangeCode("sandbox", code)).isInstanceOfSatisfying(GorgiasOAuthException.class,
                e -> assertThat(e.grantRefused()).isTrue());
        time.advance(Duration.ofHours(24));
        assertThat(calls.send("GET", "/customers", null, "Bearer " + tokens.accessToken().reveal()).status()).isEqualTo(401);
    }

    @Test
    void aRefreshTokenBuysNewAccessTokensUntilTheGrantIsRevoked() {
        OAuthTokens first = oauth.exchangeCode("sandbox", approve());
        time.advance(Duration.ofDays(30));

        OAuthTokens renewed = oauth.refresh("sandbox", first.refreshToken().orElseThrow());
        GorgiasCalls calls = new GorgiasCalls(gorgias);
        assertThat(calls.send("GET", "/customers", null, "Bearer " + renewed.accessToken().reveal()).status()).isEqualTo(200);
        gorgias.revokeOAuthGrants();

        assertThat(calls.send("GET", "/customers", null, "Bearer " + renewed.accessToken().reveal()).status()).isEqualTo(401);
        assertThatThrownBy(() -> oauth.refresh("sandbox", first.refreshToken().orElseThrow()))
                .isInstanceOfSatisfying(GorgiasOAuthException.class, e -> assertThat(e.grantRefused()).isTrue());
    }

    @Test
    void theTokenEndpointWantsTheClientsOwnSecretByFormOrBasic() {
        String code = approve();
        try (GorgiasOAuth wrong = GorgiasOAuth.builder().clientId(gorgias.oauthClientId())
                .clientSecret(Secret.of("not-the-secret")).redirectUri(REDIRECT).accountUri(account -> gorgias.accountUri())
                .build(); GorgiasOAuth basic = GorgiasOAuth.builder().clientId(gorgias.oauthClientId())
                .clientSecret(gorgias.oauthClientSecret()).redirectUri(REDIRECT).accountUri(account -> gorgias.accountUri())
                .clientAuthentication(GorgiasOAuth.ClientAuthentication.BASIC).build()) {
            assertThatThrownBy(() -> wrong.exchangeCode("sandbox", code)).isInstanceOfSatisfying(GorgiasOAuthException.class,
                    e -> assertThat(e.error()).contains("invalid_client"));
            assertThat(basic.exchangeCode("sandbox", code).accessToken()).isNotNull();
        }
    }

    @Test
    void aCodeIsBoundToItsRedirectUri() {
        String code = approve();
        try (GorgiasOAuth elsewhere = GorgiasOAuth.builder().clientId(gorgias.oauthClientId())
                .clientSecret(gorgias.oauthClientSecret()).redirectUri(URI.create("https://evil.example/cb"))
                .accountUri(account -> gorgias.accountUri()).build()) {
            assertThatThrownBy(() -> elsewhere.exchangeCode("sandbox", code)).isInstanceOf(GorgiasOAuthException.class);
        }
    }

    /** Visits the authorize URL and returns the code of the redirect. */
    private String approve() {
        HttpResult answer = HttpResult.send(HttpRequest.newBuilder(oauth.authorizationUri("sandbox")).GET().build());
        return query(URI.create(answer.header("Location").orElseThrow())).get("code");
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
