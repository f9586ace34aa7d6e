package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The authorization-code flow as Gorgias documents it for public apps: the redirect to
 * {@code https://{account}.gorgias.com/oauth/authorize} with {@code response_type=code}, {@code client_id},
 * {@code scope} (with {@code offline} for a refresh token), {@code redirect_uri} and {@code state}; the POST
 * to {@code /oauth/token} with grants {@code authorization_code} and {@code refresh_token}. Sources:
 * https://developers.gorgias.com/docs/oauth2-authentication-for-creating-apps-with-gorgias,
 * https://developers.gorgias.com/docs/set-up-oauth2-app-store, https://developers.gorgias.com/v1.1/docs/oauth2-scopes;
 * the form-field client authentication as public connectors send it (Panora's Gorgias connector).
 */
class OAuthFlowContractTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OAuthFixture fixture = new OAuthFixture(wm);
    private final GorgiasOAuth oauth = fixture.oauth();

    @AfterEach
    void close() {
        oauth.close();
    }

    @Test
    void theAuthorizeUriAsksForACodeWithTheAppsScopesAndAState() {
        URI uri = oauth.authorizationUri("acme");

        Map<String, String> query = query(uri);
        assertThat(uri.getPath()).isEqualTo("/oauth/authorize");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", OAuthFixture.CLIENT_ID)
                .containsEntry("redirect_uri", OAuthFixture.REDIRECT.toString())
                .containsEntry("scope", "openid email profile offline write:all").containsKey("state");
        assertThat(oauth.verifyState(query.get("state"))).isEqualTo("acme");
    }

    @Test
    void theDefaultHostIsTheAccountsSubdomain() {
        try (GorgiasOAuth defaults = GorgiasOAuth.builder().clientId("id").clientSecret(Secret.of("secret-x"))
                .redirectUri(OAuthFixture.REDIRECT).build()) {
            assertThat(defaults.authorizationUri("acme").toString()).startsWith("https://acme.gorgias.com/oauth/authorize?");
            assertThat(defaults.apiBaseUri("shop-2")).isEqualTo(URI.create("https://shop-2.gorgias.com/api"));
        }
    }

    @Test
    void aStateIsGoodOnceForItsAccountOnly() {
        String state = query(oauth.authorizationUri("acme")).get("state");
        String other = query(oauth.authorizationUri("other-shop")).get("state");

        assertThat(oauth.verifyState(other)).isEqualTo("other-shop");
        assertThat(oauth.verifyState(state)).isEqualTo("acme");
        assertThatThrownBy(() -> oauth.verifyState(state)).isInstanceOf(InvalidOAuthStateException.class)
                .hasMessageContaining("already used");
    }

    @Test
    void aForgedMalformedOrForeignStateIsRefused() {
        String state = query(oauth.authorizationUri("acme")).get("state");
        String payload = state.substring(0, state.indexOf('.'));
        String forgedAccount = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                        .replace("acme", "evil").getBytes(StandardCharsets.UTF_8));
        try (GorgiasOAuth otherApp = fixture.oauth()) {
            String foreign = query(otherApp.authorizationUri("acme")).get("state");
            for (String bad : new String[] {forgedAccount + state.substring(state.indexOf('.')), "nodot", "", null,
                    payload + ".AAAA", foreign}) {
                assertThatThrownBy(() -> oauth.verifyState(bad)).isInstanceOf(InvalidOAuthStateException.class);
            }
        }
        assertThat(oauth.verifyState(state)).isEqualTo("acme");
    }

    @Test
    void aStateExpiresAfterItsTtl() {
        String state = query(oauth.authorizationUri("acme")).get("state");
        fixture.gorgias.time.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> oauth.verifyState(state)).isInstanceOf(InvalidOAuthStateException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void theCodeIsExchangedOnceAsAFormWithTheClientCredentialsInTheBody() {
        wm.stubFor(post("/oauth/token").willReturn(okJson(OAuthFixture.tokenAnswer(OAuthFixture.ACCESS, OAuthFixture.REFRESH))));

        OAuthTokens tokens = oauth.exchangeCode("acme", "code-abc");

        assertThat(tokens.accessToken().reveal()).isEqualTo(OAuthFixture.ACCESS);
        assertThat(tokens.refreshToken()).contains(Secret.of(OAuthFixture.REFRESH));
        assertThat(tokens.expiresAt()).isEqualTo(fixture.gorgias.time.now().plus(Duration.ofHours(24)));
        assertThat(tokens.scope()).contains("openid email profile offline write:all");
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withHeader("Authorization", absent())
                .withRequestBody(equalTo("grant_type=authorization_code&code=code-abc&redirect_uri="
                        + "https%3A%2F%2Floyalty.example.com%2Fgorgias%2Foauth%2Fcallback&client_id=app-client-id-42"
                        + "&client_secret=app-client-secret-do-not-leak")));
    }

    @Test
    void basicClientAuthenticationKeepsTheSecretOutOfTheBody() {
        wm.stubFor(post("/oauth/token").willReturn(okJson(OAuthFixture.tokenAnswer(OAuthFixture.ACCESS, OAuthFixture.REFRESH))));
        try (GorgiasOAuth basic = fixture.builder().clientAuthentication(GorgiasOAuth.ClientAuthentication.BASIC).build()) {
            basic.exchangeCode("acme", "code-abc");
        }
        String credentials = java.util.Base64.getEncoder().encodeToString(
                (OAuthFixture.CLIENT_ID + ":" + OAuthFixture.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        wm.verify(postRequestedFor(urlEqualTo("/oauth/token")).withHeader("Authorization", equalTo("Basic " + credentials))
                .withRequestBody(equalTo("grant_type=authorization_code&code=code-abc&redirect_uri="
                        + "https%3A%2F%2Floyalty.example.com%2Fgorgias%2Foauth%2Fcallback")));
    }

    @Test
    void aRefreshKeepsTheRefreshTokenUnlessTheAnswerReplacesIt() {
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"" + OAuthFixture.NEW_ACCESS
                + "\",\"token_type\":\"Bearer\",\"expires_in\":\"3600\"}")));

        OAuthTokens kept = oauth.refresh("acme", Secret.of(OAuthFixture.REFRESH));
        wm.stubFor(post("/oauth/token").willReturn(okJson(OAuthFixture.tokenAnswer(OAuthFixture.NEW_ACCESS, "ref-rotated-9"))));
        OAuthTokens rotated = oauth.refresh("acme", Secret.of(OAuthFixture.REFRESH));

        assertThat(kept.accessToken().reveal()).isEqualTo(OAuthFixture.NEW_ACCESS);
        assertThat(kept.refreshToken()).contains(Secret.of(OAuthFixture.REFRESH));
        assertThat(kept.expiresAt()).isEqualTo(fixture.gorgias.time.now().plus(Duration.ofHours(1)));
        assertThat(rotated.refreshToken()).contains(Secret.of("ref-rotated-9"));
        wm.verify(2, postRequestedFor(urlEqualTo("/oauth/token")).withRequestBody(
                containing("grant_type=refresh_token&refresh_token=" + OAuthFixture.REFRESH)));
    }

    @Test
    void anAnswerWithoutExpiresInIsTakenForTheDocumented24Hours() {
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"acc-no-expiry-1\"}")));

        OAuthTokens tokens = oauth.exchangeCode("acme", "code-abc");

        assertThat(tokens.expiresAt()).isEqualTo(fixture.gorgias.time.now().plus(Duration.ofHours(24)));
        assertThat(tokens.refreshToken()).isEmpty();
    }

    @Test
    void aRefusedGrantSaysSoWithoutTheCodeTokenOrSecret() {
        wm.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"refresh token " + OAuthFixture.REFRESH
                        + " revoked\"}")));

        GorgiasOAuthException refused = catchThrowableOfType(
                () -> oauth.refresh("acme", Secret.of(OAuthFixture.REFRESH)), GorgiasOAuthException.class);
        GorgiasOAuthException badCode = catchThrowableOfType(
                () -> oauth.exchangeCode("acme", "code-secret-77"), GorgiasOAuthException.class);

        assertThat(refused.grantRefused()).isTrue();
        assertThat(refused.error()).contains("invalid_grant");
        assertThat(refused.statusCode()).hasValue(400);
        assertThat(refused.getMessage()).contains("refresh_token grant", "400", "invalid_grant")
                .doesNotContain(OAuthFixture.REFRESH).doesNotContain(OAuthFixture.CLIENT_SECRET);
        assertThat(badCode.getMessage()).doesNotContain("code-secret-77").doesNotContain(OAuthFixture.CLIENT_SECRET);
    }

    @Test
    void anAnswerWithoutAnAccessTokenIsAnError() {
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"token_type\":\"Bearer\"}")));

        assertThatThrownBy(() -> oauth.exchangeCode("acme", "code-abc")).isInstanceOf(GorgiasOAuthException.class)
                .hasMessageContaining("without an access_token");
    }

    @Test
    void theBuilderNamesWhatIsMissingAndToStringShowsNoSecret() {
        assertThatThrownBy(() -> GorgiasOAuth.builder().build()).hasMessageContaining("clientId");
        assertThatThrownBy(() -> GorgiasOAuth.builder().clientId("x").build()).hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> GorgiasOAuth.builder().clientId("x").clientSecret(Secret.of("yyyyyyyy")).build())
                .hasMessageContaining("redirectUri");
        assertThatThrownBy(() -> GorgiasOAuth.builder().fromEnv(Map.of("GORGIAS_CLIENT_ID", "x")))
                .hasMessageContaining("GORGIAS_CLIENT_SECRET");
        assertThatThrownBy(() -> oauth.authorizationUri("Not A Subdomain")).isInstanceOf(IllegalArgumentException.class);
        assertThat(oauth.toString()).contains(OAuthFixture.CLIENT_ID).doesNotContain(OAuthFixture.CLIENT_SECRET);
        assertThat(fixture.firstTokens().toString()).doesNotContain(OAuthFixture.ACCESS).doesNotContain(OAuthFixture.REFRESH);
    }

    @Test
    void aClosedOAuthFailsTokenRequestsFastWithoutSendingThem() {
        oauth.close();

        assertThatThrownBy(() -> oauth.exchangeCode("acme", "code-abc"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> oauth.refresh("other-shop", com.annexcloud.sdk.core.Secret.of("refresh-1")))
                .isInstanceOf(IllegalStateException.class);
        wm.verify(0, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
