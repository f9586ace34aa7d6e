package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An async call whose OAuth token is due never refreshes on the calling thread: it returns a future at once,
 * the token request runs without blocking, and concurrent calls share it (review of issue 16, D2). The
 * transport holds the token endpoint's answer (Gorgias's refresh answer, {@link OAuthFixture}) until the test
 * releases it, and fails any blocking send, which is what the old refresh on the caller's thread did.
 */
class AsyncTokenRefreshTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OAuthFixture fixture = new OAuthFixture(wm);
    private final CompletableFuture<TransportResponse> tokenAnswer = new CompletableFuture<>();
    private final List<TransportRequest> sent = new CopyOnWriteArrayList<>();

    private final HttpTransport held = new HttpTransport() {
        @Override
        public TransportResponse execute(TransportRequest request) {
            throw new AssertionError("a blocking send of " + request.uri().getPath());
        }

        @Override
        public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
            sent.add(request);
            return request.uri().getPath().equals("/oauth/token") ? tokenAnswer
                    : CompletableFuture.completedFuture(json(GorgiasFixture.sampleCustomer().replace("63678235", "1")));
        }
    };

    private static TransportResponse json(String body) {
        return new TransportResponse(200, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void currentAsyncAnswersAFreshTokenAtOnceAndADueOneWithoutBlocking() {
        TokenStore store = TokenStore.inMemory();
        store.save("acme", fixture.firstTokens());
        try (GorgiasOAuth oauth = fixture.builder().options(fixture.gorgias.options().transport(held).build()).build()) {
            OAuthTokenProvider provider = oauth.tokenProvider("acme", store);
            assertThat(provider.currentAsync()).isCompletedWithValue(Secret.of(OAuthFixture.ACCESS));

            fixture.gorgias.time.advance(Duration.ofHours(23).plusMinutes(58));
            CompletableFuture<Secret> first = provider.currentAsync();
            CompletableFuture<Secret> second = provider.currentAsync();

            assertThat(first).isNotDone();
            assertThat(second).isNotDone();
            tokenAnswer.complete(json(OAuthFixture.tokenAnswer(OAuthFixture.NEW_ACCESS, OAuthFixture.REFRESH)));
            assertThat(first.join()).isEqualTo(Secret.of(OAuthFixture.NEW_ACCESS));
            assertThat(second.join()).isEqualTo(Secret.of(OAuthFixture.NEW_ACCESS));
        }
        assertThat(sent).extracting(request -> request.uri().getPath()).containsExactly("/oauth/token");
    }

    @Test
    void anAsyncCallWithADueTokenReturnsAtOnceAndSharesOneRefresh() {
        TokenStore store = TokenStore.inMemory();
        store.save("acme", fixture.firstTokens());
        // 24 h tokens, refreshed within the 5-minute margin: 2 minutes are left
        fixture.gorgias.time.advance(Duration.ofHours(23).plusMinutes(58));
        var options = fixture.gorgias.options().transport(held).build();

        try (GorgiasOAuth oauth = fixture.builder().options(options).build();
             GorgiasClient client = GorgiasClient.builder().baseUri(URI.create("http://127.0.0.1:9/api"))
                     .oauth(oauth.tokenProvider("acme", store)).options(options).build()) {
            CompletableFuture<Customer> first = client.async().customers().get(1);
            CompletableFuture<Customer> second = client.async().customers().get(1);

            assertThat(first).isNotDone();
            assertThat(second).isNotDone();
            assertThat(sent).extracting(request -> request.uri().getPath()).containsExactly("/oauth/token");

            tokenAnswer.complete(json(OAuthFixture.tokenAnswer(OAuthFixture.NEW_ACCESS, OAuthFixture.REFRESH)));

            assertThat(first.join().id()).isEqualTo(1L);
            assertThat(second.join().id()).isEqualTo(1L);
        }
        assertThat(sent).extracting(request -> request.uri().getPath())
                .containsExactly("/oauth/token", "/api/customers/1", "/api/customers/1");
        assertThat(sent.subList(1, 3)).allSatisfy(request -> assertThat(request.headers())
                .containsEntry("Authorization", "Bearer " + OAuthFixture.NEW_ACCESS));
        assertThat(store.load("acme").orElseThrow().accessToken().reveal()).isEqualTo(OAuthFixture.NEW_ACCESS);
    }
}
