package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasOAuth;
import com.annexcloud.sdk.gorgias.TokenStore;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-click install of a public app on the sandbox, as Gorgias describes it
 * (https://developers.gorgias.com/docs/set-up-oauth2-app-store: "Connect App" sends the admin to the App URL
 * with {@code ?account=acme}, the app redirects to {@code /oauth/authorize}, Gorgias redirects back with a
 * code, the app exchanges it and sets itself up), then a sync whose access token expires half-way.
 */
class InstallFlowTest {
    private static final URI PUBLIC = URI.create("https://loyalty.example.com");
    private static final Secret BRIDGE_TOKEN = Secret.of("brg-install-token-5150");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ManualTime time = ManualTime.create();
    private final Sandbox sandbox = Sandbox.builder().clock(time.clock())
            .data(SandboxData.builder().addAllCustomers(IntStream.rangeClosed(1, 250)
                    .mapToObj(i -> SyncFixture.customer(i, true)).collect(Collectors.toList())).build())
            .gorgiasBudget(80, Duration.ofSeconds(20)).start();
    private final CountingStore store = new CountingStore(TokenStore.inMemory());
    private final AtomicInteger gorgiasCalls = new AtomicInteger();
    private final AtomicBoolean expireAfterFirstPage = new AtomicBoolean();
    private final ClientOptions options = ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1)
            .clock(time.clock()).sleeper(time).build();
    private final GorgiasOAuth oauth = GorgiasOAuth.builder().clientId(sandbox.gorgias().oauthClientId())
            .clientSecret(sandbox.gorgias().oauthClientSecret()).redirectUri(PUBLIC.resolve(InstallHandler.CALLBACK_PATH))
            .accountUri(account -> sandbox.gorgias().accountUri()).options(options).build();
    private final GorgiasAccounts accounts = GorgiasAccounts.of(oauth, store,
            ClientOptions.builder().from(options).listener(this::onGorgiasEvent).build());
    private final InstallHandler handler = new InstallHandler(accounts, account -> GorgiasSetup.builder()
            .publicUrl(PUBLIC.resolve(WidgetEndpoint.DEFAULT_PATH)).bearerToken(BRIDGE_TOKEN).build());

    @AfterEach
    void close() {
        accounts.close();
        oauth.close();
        sandbox.close();
    }

    @Test
    void oneVisitOfTheInstallUrlInstallsTheIntegrationAndWidgetAndStoresTheTokens(@TempDir Path tokens) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String publicUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> env = Map.of("GORGIAS_CLIENT_ID", sandbox.gorgias().oauthClientId(),
                "GORGIAS_CLIENT_SECRET", sandbox.gorgias().oauthClientSecret().reveal(), "PUBLIC_URL", publicUrl,
                "BRIDGE_TOKEN", BRIDGE_TOKEN.reveal(), "GORGIAS_TOKEN_DIR", tokens.toString(),
                "GORGIAS_ACCOUNT_URL", sandbox.gorgias().accountUri().toString(),
                "WIDGET_PUBLIC_URL", PUBLIC.resolve(WidgetEndpoint.DEFAULT_PATH).toString());
        InstallHandler fromEnv = InstallHandler.fromEnv(env);
        server.createContext("/gorgias/oauth", fromEnv.httpHandler());
        server.start();
        try {
            HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(
                    URI.create(publicUrl + InstallHandler.INSTALL_PATH + "?account=sandbox")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(landed.statusCode()).isEqualTo(200);
            assertThat(landed.uri().getPath()).isEqualTo(InstallHandler.CALLBACK_PATH);
            JsonNode body = JSON.readTree(landed.body());
            assertThat(body.path("account").asText()).isEqualTo("sandbox");
            // the card's integration; the routing hook is installed next to it (GorgiasSetupMacrosAndRoutingTest)
            assertThat(sandbox.gorgias().integrations()).filteredOn(i -> i.path("name").asText().equals(GorgiasSetup.DEFAULT_NAME))
                    .singleElement().satisfies(integration -> {
                assertThat(integration.path("id").asLong()).isEqualTo(body.path("integrationId").asLong());
                assertThat(integration.path("http").path("url").asText())
                        .startsWith(PUBLIC.resolve(WidgetEndpoint.DEFAULT_PATH) + "?email=");
            });
            assertThat(sandbox.gorgias().widgets()).singleElement().satisfies(widget ->
                    assertThat(widget.path("id").asLong()).isEqualTo(body.path("widgetId").asLong()));
            assertThat(TokenStore.inDirectory(tokens).load("sandbox")).isPresent();
            assertThat(Files.readString(tokens.resolve("sandbox.tokens.json"))).contains("refresh_token");
        } finally {
            server.stop(0);
            fromEnv.accounts().close();
            fromEnv.accounts().oauth().close();
        }
    }

    @Test
    void aForgedStateIsRefusedAndNothingIsStoredOrInstalled() {
        Map<String, String> approved = approve("sandbox");
        String state = approved.get("state");
        String forged = state.substring(0, state.length() - 4) + (state.endsWith("AAAA") ? "BBBB" : "AAAA");

        WidgetResponse refused = callback(approved.get("code"), forged);
        WidgetResponse missing = callback(approved.get("code"), null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("{\"error\":\"invalid_state\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(store.saves.get()).isZero();
        assertThat(sandbox.gorgias().integrations()).isEmpty();
    }

    @Test
    void aReplayedStateIsRefusedAndNothingMoreIsStored() {
        Map<String, String> approved = approve("sandbox");

        WidgetResponse first = callback(approved.get("code"), approved.get("state"));
        WidgetResponse replay = callback(approved.get("code"), approved.get("state"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.body()).contains("invalid_state");
        assertThat(store.saves.get()).isEqualTo(1);
        assertThat(sandbox.gorgias().integrations()).extracting(i -> i.path("name").asText())
                .containsExactly(GorgiasSetup.DEFAULT_NAME, GorgiasSetup.DEFAULT_ROUTING_HOOK_NAME);
    }

    @Test
    void anAccessTokenExpiringMidSyncIsRefreshedOnceAndTheSyncLosesNothing() {
        Map<String, String> approved = approve("sandbox");
        assertThat(callback(approved.get("code"), approved.get("state")).status()).isEqualTo(200);
        OAuthTokens installed = store.load("sandbox").orElseThrow();
        try (AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
                .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret()).options(options).build()) {
            LoyaltySync sync = LoyaltySync.builder().bridge(LoyaltyBridge.builder().annexCloud(annex)
                    .gorgias(accounts.client("sandbox")).clock(time.clock()).build()).build();
            expireAfterFirstPage.set(true);

            SyncReport report = sync.gorgiasToAnnexCloud(SyncOptions.builder().concurrency(1).build());

            assertThat(report.scanned()).isEqualTo(250);
            assertThat(report.created()).isEqualTo(250);
            assertThat(report.failed()).isZero();
        }
        assertThat(sandbox.annexCloud().memberCount()).isEqualTo(250);
        assertThat(sandbox.annexCloud().member(SyncFixture.email(250))).isPresent();
        assertThat(store.saves.get()).isEqualTo(2);
        assertThat(store.load("sandbox").orElseThrow().accessToken()).isNotEqualTo(installed.accessToken());
        assertThat(store.load("sandbox").orElseThrow().refreshToken()).isEqualTo(installed.refreshToken());
    }

    @Test
    void theInstallUrlRedirectsToTheAccountsAuthorizePageAndRefusesWhatItCannotServe() {
        WidgetResponse redirect = handler.handle(get(InstallHandler.INSTALL_PATH, Map.of("account", "sandbox")));

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.headers().get("Location")).startsWith(sandbox.gorgias().accountUri() + "/oauth/authorize?");
        assertThat(redirect.headers()).containsEntry("Cache-Control", "no-store");
        assertThat(handler.handle(get(InstallHandler.INSTALL_PATH, Map.of("account", "Not/A/Host"))).status()).isEqualTo(400);
        assertThat(handler.handle(get(InstallHandler.CALLBACK_PATH, Map.of("error", "access_denied"))).body())
                .contains("access_denied");
        assertThat(handler.handle(get("/gorgias/oauth/other", Map.of())).status()).isEqualTo(404);
        assertThat(handler.handle(WidgetRequest.builder().method("POST").path(InstallHandler.INSTALL_PATH).build())
                .status()).isEqualTo(405);
        assertThat(handler.toString()).doesNotContain(sandbox.gorgias().oauthClientSecret().reveal());
    }

    @Test
    void aCodeTheTokenEndpointRefusesAnswers502AndStoresNothing() {
        Map<String, String> approved = approve("sandbox");

        WidgetResponse refused = callback("not-the-code", approved.get("state"));

        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.body()).contains("token_exchange_failed");
        assertThat(store.saves.get()).isZero();
    }

    @Test
    void fromEnvNamesTheFirstMissingVariable() {
        Map<String, String> env = new HashMap<>(Map.of("GORGIAS_CLIENT_ID", "id", "GORGIAS_CLIENT_SECRET", "secret-value"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InstallHandler.fromEnv(env)).hasMessage("PUBLIC_URL is not set");
        env.put("PUBLIC_URL", "https://loyalty.example.com/");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InstallHandler.fromEnv(env)).hasMessage("BRIDGE_TOKEN is not set");
        env.put("BRIDGE_TOKEN", BRIDGE_TOKEN.reveal());
        InstallHandler configured = InstallHandler.fromEnv(env);
        try {
            String location = configured.handle(get(InstallHandler.INSTALL_PATH, Map.of("account", "acme"))).headers().get("Location");
            assertThat(location).startsWith("https://acme.gorgias.com/oauth/authorize?")
                    .contains("redirect_uri=https%3A%2F%2Floyalty.example.com%2Fgorgias%2Foauth%2Fcallback");
        } finally {
            configured.accounts().oauth().close();
        }
    }

    @Test
    void routedWithSendsEveryOtherPathToTheWidgetEndpoint() {
        WidgetResponse other = WidgetResponse.builder().status(418).body("{}").putHeaders("Content-Type", "application/json")
                .build();
        WidgetEndpoint server = handler.routedWith(request -> other);

        assertThat(server.handle(get(WidgetEndpoint.DEFAULT_PATH, Map.of("email", "a@b.example")))).isSameAs(other);
        assertThat(server.handle(get(InstallHandler.INSTALL_PATH, Map.of("account", "sandbox"))).status()).isEqualTo(302);
        assertThat(server.handle(get(InstallHandler.CALLBACK_PATH, Map.of())).status()).isEqualTo(400);
    }

    @Test
    void eachAccountHasOneClient() {
        assertThat(accounts.client("sandbox")).isSameAs(accounts.client("sandbox"));
        assertThat(accounts.client("other-shop")).isNotSameAs(accounts.client("sandbox"));
        assertThat(accounts.tokenStore()).isSameAs(store);
    }

    @Test
    void eachAccountPacesOnItsOwnBucketFromTheOAuthBudget() {
        Map<String, String> approved = approve("sandbox");
        assertThat(callback(approved.get("code"), approved.get("state")).status()).isEqualTo(200);

        // Gorgias meters each account: the install's calls fill the installed account's bucket only.
        assertThat(accounts.client("sandbox").rateLimitStatus().serverUsed()).isPresent();
        assertThat(accounts.client("other-shop").rateLimitStatus()).satisfies(status -> {
            assertThat(status.used()).isZero();
            assertThat(status.limit()).isEqualTo(80);
            assertThat(status.window()).isEqualTo(Duration.ofSeconds(20));
        });
    }

    /** After the first Gorgias page of a sync, jumps past the access token's 24 h. */
    private void onGorgiasEvent(RequestEvent event) {
        if (event.kind() == RequestEvent.Kind.END && gorgiasCalls.incrementAndGet() > 0
                && expireAfterFirstPage.compareAndSet(true, false)) {
            time.advance(Duration.ofHours(24));
        }
    }

    /** Follows the install redirect to the sandbox's authorize page and returns the query Gorgias sends back. */
    private Map<String, String> approve(String account) {
        String authorize = handler.handle(get(InstallHandler.INSTALL_PATH, Map.of("account", account))).headers().get("Location");
        try {
            HttpResponse<Void> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.discarding());
            URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
            return Arrays.stream(back.getRawQuery().split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                    pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private WidgetResponse callback(String code, String state) {
        Map<String, String> query = new HashMap<>();
        query.put("code", code);
        Optional.ofNullable(state).ifPresent(value -> query.put("state", value));
        return handler.handle(get(InstallHandler.CALLBACK_PATH, query));
    }

    private static WidgetRequest get(String path, Map<String, String> query) {
        return WidgetRequest.builder().method("GET").path(path).query(query.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())))).build();
    }

    /** A store that counts saves. */
    private static final class CountingStore implements TokenStore {
        final AtomicInteger saves = new AtomicInteger();
        private final TokenStore inner;

        CountingStore(TokenStore inner) {
            this.inner = inner;
        }

        @Override
        public Optional<OAuthTokens> load(String account) {
            return inner.load(account);
        }

        @Override
        public void save(String account, OAuthTokens tokens) {
            saves.incrementAndGet();
            inner.save(account, tokens);
        }

        @Override
        public void delete(String account) {
            inner.delete(account);
        }
    }
}
