package com.annexcloud.sdk.gorgias.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.gorgias.GorgiasOAuth;
import com.annexcloud.sdk.gorgias.TokenStore;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hooks the client signs and renews with, on virtual time. The token endpoint answers as Gorgias's
 * "Set up OAuth2" guide shows (https://developers.gorgias.com/docs/set-up-oauth2-app-store: {@code
 * access_token}, {@code token_type} Bearer, {@code expires_in} 86400, {@code refresh_token}); access tokens
 * live 24 h (https://developers.gorgias.com/docs/oauth2-authentication-for-creating-apps-with-gorgias).
 */
class RefreshingTokenProviderTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ACCESS = "acc-tok-first-1111";
    private static final String REFRESH = "ref-tok-first-2222";
    private static final String NEW_ACCESS = "acc-tok-second-3333";

    private final ManualTime time = ManualTime.create();
    private final TokenStore store = TokenStore.inMemory();
    private final GorgiasOAuth oauth = GorgiasOAuth.builder().clientId("app-client-id-42")
            .clientSecret(Secret.of("app-client-secret-do-not-leak"))
            .redirectUri(URI.create("https://loyalty.example.com/gorgias/oauth/callback"))
            .accountUri(account -> URI.create(wm.baseUrl()))
            .options(ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1).clock(time.clock()).sleeper(time).build())
            .build();
    private final RefreshingTokenProvider provider;

    RefreshingTokenProviderTest() {
        store.save("acme", OAuthTokens.builder().accessToken(Secret.of(ACCESS)).refreshToken(Secret.of(REFRESH))
                .expiresAt(time.now().plus(Duration.ofHours(24))).build());
        provider = (RefreshingTokenProvider) oauth.tokenProvider("acme", store);
    }

    @AfterEach
    void close() {
        oauth.close();
    }

    private static void tokenEndpointAnswers(String access) {
        wm.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":86400,\"refresh_token\":\"" + REFRESH + "\",\"scope\":\"offline write:all\"}")));
    }

    @Test
    void resolvedSignsWithTheKnownTokenAndNeverRefreshes() {
        tokenEndpointAnswers(NEW_ACCESS);
        time.advance(Duration.ofHours(25));

        assertThat(provider.resolved()).isEqualTo(Secret.of(ACCESS));
        wm.verify(0, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void aRejectedTokenIsRenewedOnceAndALateRejectionOfItUsesTheRenewal() {
        tokenEndpointAnswers(NEW_ACCESS);

        assertThat(provider.renewAfterRejectionAsync(Secret.of(ACCESS), null).join()).isTrue();
        // a second call refused with the same old token finds it replaced: no second refresh
        assertThat(provider.renewAfterRejectionAsync(Secret.of(ACCESS), null).join()).isTrue();

        assertThat(provider.resolved()).isEqualTo(Secret.of(NEW_ACCESS));
        assertThat(store.load("acme").orElseThrow().accessToken()).isEqualTo(Secret.of(NEW_ACCESS));
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void aRefreshGivingTheRejectedTokenBackIsNoRenewal() {
        tokenEndpointAnswers(ACCESS);

        assertThat(provider.renewAfterRejectionAsync(Secret.of(ACCESS), null).join()).isFalse();
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void theCallsDeadlineBoundsTheTokenRequest() {
        tokenEndpointAnswers(NEW_ACCESS);
        time.advance(Duration.ofHours(25));

        // the call the token is for has no time left: the refresh is not even sent
        Throwable thrown = catchThrowable(() -> provider.currentAsync(time.now()).join());

        assertThat(thrown).isInstanceOf(CompletionException.class).cause().isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.isTimeout()).isTrue());
        wm.verify(0, postRequestedFor(urlEqualTo("/oauth/token")));
        assertThat(store.load("acme").orElseThrow().accessToken()).isEqualTo(Secret.of(ACCESS));
        // with no deadline of its own, the next call refreshes
        assertThat(provider.currentAsync(null).join()).isEqualTo(Secret.of(NEW_ACCESS));
    }
}
