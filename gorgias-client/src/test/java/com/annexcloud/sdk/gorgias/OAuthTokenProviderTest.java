package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.Secret;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bearer-token provider on virtual time: Gorgias access tokens live 24 h and refresh tokens do not
 * expire (https://developers.gorgias.com/docs/oauth2-authentication-for-creating-apps-with-gorgias); a 401
 * is Gorgias's answer to an expired or revoked bearer token (https://developers.gorgias.com/reference/authentication).
 */
class OAuthTokenProviderTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OAuthFixture fixture = new OAuthFixture(wm);
    private final GorgiasOAuth oauth = fixture.oauth();
    private final TokenStore store = TokenStore.inMemory();

    @AfterEach
    void close() {
        oauth.close();
    }

    @Test
    void aFreshTokenIsServedWithoutAsking() {
        store.save("acme", fixture.firstTokens());
        OAuthTokenProvider provider = oauth.tokenProvider("acme", store);
        fixture.gorgias.time.advance(Duration.ofHours(23).plusMinutes(54));

        assertThat(provider.get().reveal()).isEqualTo(OAuthFixture.ACCESS);
        assertThat(provider.account()).isEqualTo("acme");
        wm.verify(0, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void aTokenDueWithinTheMarginIsRefreshedAndStored() {
        stubRefresh(0);
        store.save("acme", fixture.firstTokens());
        OAuthTokenProvider provider = oauth.tokenProvider("acme", store);
        fixture.gorgias.time.advance(Duration.ofHours(23).plusMinutes(55));

        assertThat(provider.get().reveal()).isEqualTo(OAuthFixture.NEW_ACCESS);
        assertThat(provider.get().reveal()).isEqualTo(OAuthFixture.NEW_ACCESS);
        assertThat(store.load("acme").orElseThrow().accessToken().reveal()).isEqualTo(OAuthFixture.NEW_ACCESS);
        assertThat(store.load("acme").orElseThrow().refreshToken()).contains(Secret.of(OAuthFixture.REFRESH));
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void aHundredThreadsFindingTheTokenExpiredRefreshOnce() throws Exception {
        stubRefresh(300);
        store.save("acme", fixture.firstTokens());
        OAuthTokenProvider provider = oauth.tokenProvider("acme", store);
        fixture.gorgias.time.advance(Duration.ofHours(25));
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Secret>> tokens = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                tokens.add(pool.submit(() -> {
                    start.await();
                    return provider.get();
                }));
            }
            start.countDown();
            for (Future<Secret> token : tokens) {
                assertThat(token.get().reveal()).isEqualTo(OAuthFixture.NEW_ACCESS);
            }
        } finally {
            pool.shutdownNow();
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void a401IsAnsweredByOneRefreshAndOneResend() {
        stubRevokedFirstToken();

        try (GorgiasClient client = client()) {
            assertThat(client.customers().get(1).id()).isEqualTo(1);
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        wm.verify(2, getRequestedFor(urlEqualTo("/api/customers/1")));
    }

    @Test
    void theAsyncTwinRenewsAfterA401Too() {
        stubRevokedFirstToken();

        try (GorgiasClient client = client()) {
            assertThat(client.async().customers().get(1).join().id()).isEqualTo(1);
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        wm.verify(2, getRequestedFor(urlEqualTo("/api/customers/1")));
    }

    /** The first access token answers 401 (revoked before its expiry), the refreshed one works. */
    private void stubRevokedFirstToken() {
        stubRefresh(0);
        wm.stubFor(get("/api/customers/1").withHeader("Authorization", equalTo("Bearer " + OAuthFixture.ACCESS))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"msg\":\"Unauthorized\"}}")));
        wm.stubFor(get("/api/customers/1").withHeader("Authorization", equalTo("Bearer " + OAuthFixture.NEW_ACCESS))
                .willReturn(okJson(GorgiasFixture.sampleCustomer().replace("63678235", "1"))));
        store.save("acme", fixture.firstTokens());
    }

    @Test
    void a401ToTheRenewedTokenIsFinal() {
        stubRefresh(0);
        wm.stubFor(get("/api/customers/1").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"msg\":\"Unauthorized\"}}")));
        store.save("acme", fixture.firstTokens());

        try (GorgiasClient client = client()) {
            assertThatThrownBy(() -> client.customers().get(1)).isInstanceOf(GorgiasUnauthorizedException.class)
                    .hasMessageNotContaining(OAuthFixture.ACCESS).hasMessageNotContaining(OAuthFixture.NEW_ACCESS);
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        wm.verify(2, getRequestedFor(urlEqualTo("/api/customers/1")));
    }

    @Test
    void aRevokedRefreshTokenFailsTheCallAndKeepsTheStoredTokens() {
        wm.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\"}")));
        store.save("acme", fixture.firstTokens());
        OAuthTokenProvider provider = oauth.tokenProvider("acme", store);
        fixture.gorgias.time.advance(Duration.ofHours(24));

        assertThatThrownBy(provider::get).isInstanceOfSatisfying(GorgiasOAuthException.class,
                e -> assertThat(e.grantRefused()).isTrue());
        assertThat(store.load("acme").orElseThrow().accessToken().reveal()).isEqualTo(OAuthFixture.ACCESS);
    }

    @Test
    void anAccountWithoutTokensIsNotInstalled() {
        OAuthTokenProvider provider = oauth.tokenProvider("acme", store);

        assertThatThrownBy(provider::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("installed");
        assertThat(provider.toString()).isEqualTo("OAuthTokenProvider[acme]");
    }

    @Test
    void withoutARefreshTokenAnExpiredTokenAsksForTheOfflineScope() {
        store.save("acme", com.annexcloud.sdk.gorgias.model.OAuthTokens.builder().from(fixture.firstTokens()).refreshToken(java.util.Optional.empty()).build());
        OAuthTokenProvider provider = oauth.tokenProvider("acme", store);
        fixture.gorgias.time.advance(Duration.ofHours(24));

        assertThatThrownBy(provider::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("offline");
    }

    private GorgiasClient client() {
        return GorgiasClient.builder().baseUri(URI.create(wm.baseUrl() + "/api")).options(fixture.gorgias.options().build())
                .oauth(oauth.tokenProvider("acme", store)).build();
    }

    private void stubRefresh(int delayMillis) {
        wm.stubFor(post("/oauth/token").withRequestBody(equalTo("grant_type=refresh_token&refresh_token="
                        + OAuthFixture.REFRESH + "&client_id=" + OAuthFixture.CLIENT_ID + "&client_secret="
                        + OAuthFixture.CLIENT_SECRET))
                .willReturn(okJson(OAuthFixture.tokenAnswer(OAuthFixture.NEW_ACCESS, null)).withFixedDelay(delayMillis)));
    }
}
