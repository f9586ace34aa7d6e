package com.annexcloud.sdk.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.annexcloud.sdk.bridge.AccessToken;
import com.annexcloud.sdk.bridge.AccessTokenCodec;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.testsupport.CapturedLogs;
import com.annexcloud.sdk.testsupport.KnownSecrets;
import com.annexcloud.sdk.testsupport.LogLine;
import com.annexcloud.sdk.testsupport.SecretScanner;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failures that carry credentials (401s from both APIs, transport failures, HTML and echoing error bodies,
 * the widget endpoint with wrong tokens) never show a secret or a JWT: not in an exception message along
 * the whole cause chain, not in a {@code toString}, not in a log line.
 */
class SecretHygieneTest {
    private static final String ANNEX_SECRET = KnownSecrets.register("hygiene-annex-secret-7f3a9c");
    private static final String WRONG_ANNEX_SECRET = KnownSecrets.register("hygiene-wrong-annex-secret-91");
    private static final String GORGIAS_KEY = KnownSecrets.register("hygiene-gorgias-key-2b8e41");
    private static final String WRONG_GORGIAS_KEY = KnownSecrets.register("hygiene-wrong-gorgias-key-64");
    private static final String BRIDGE_TOKEN = KnownSecrets.register("hygiene-bridge-token-55d0e2");
    private static final String MEMBER = "john.doe@example.com";

    @RegisterExtension
    static final WireMockExtension WIRE_MOCK = WireMockExtension.newInstance()
            .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort()
                    .templatingEnabled(true))
            .build();

    private final ManualTime time = ManualTime.create();
    private final List<Object> shown = new ArrayList<>();
    private Sandbox sandbox;
    private long mark;

    @BeforeEach
    void start() {
        mark = CapturedLogs.mark();
        sandbox = Sandbox.builder().data(SandboxData.sample()).clock(time.clock())
                .annexSecret(Secret.of(ANNEX_SECRET)).gorgiasApiKey(Secret.of(GORGIAS_KEY)).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void unauthorizedAnswersFromBothApisShowNoSecret() {
        try (AnnexCloudClient annex = annex(sandbox.annexCloud().baseUri(), WRONG_ANNEX_SECRET);
             GorgiasClient gorgias = gorgias(sandbox.gorgias().baseUri(), WRONG_GORGIAS_KEY)) {
            expectFailure(() -> annex.users().get(MEMBER));
            expectFailure(() -> annex.points().award(AwardPoints.builder().memberId(MEMBER).credit(5).reason("r").build()));
            expectFailure(() -> gorgias.customers().findByEmail(MEMBER));
            expectFailure(() -> gorgias.customers().create(CreateCustomer.builder().email("x@example.com").build()));
            shown.add(annex);
            shown.add(gorgias);
        }
        assertNothingLeaks();
    }

    @Test
    void transportFailuresAndHtmlBodiesShowNoSecret() {
        WIRE_MOCK.stubFor(any(urlPathMatching("/html/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>{{request.headers.Authorization}}</html>")
                .withTransformers("response-template")));
        URI refused = URI.create("http://127.0.0.1:9/api");
        try (AnnexCloudClient viaRefused = annex(refused, ANNEX_SECRET);
             AnnexCloudClient viaHtml = annex(URI.create(WIRE_MOCK.baseUrl() + "/html/api/3.0"), ANNEX_SECRET);
             GorgiasClient gorgiasRefused = gorgias(refused, GORGIAS_KEY);
             GorgiasClient gorgiasHtml = gorgias(URI.create(WIRE_MOCK.baseUrl() + "/html/api"), GORGIAS_KEY)) {
            expectFailure(() -> viaRefused.tiers().get(MEMBER));
            expectFailure(() -> viaHtml.points().balance(MEMBER));
            expectFailure(() -> gorgiasRefused.customers().get(1L));
            expectFailure(() -> gorgiasHtml.customers().get(1L));
        }
        assertNothingLeaks();
    }

    @Test
    void annexCloudErrorsThatEchoTheTokenAreCleaned() {
        WIRE_MOCK.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1002\",\"errorMessage\":\"bad {{request.headers.Authorization}} for "
                        + ANNEX_SECRET + "\"}")
                .withTransformers("response-template")));
        try (AnnexCloudClient annex = annex(URI.create(WIRE_MOCK.baseUrl() + "/api/3.0"), ANNEX_SECRET)) {
            expectFailure(() -> annex.users().get(MEMBER));
        }
        assertThat(WIRE_MOCK.getAllServeEvents()).singleElement().satisfies(event ->
                assertThat(event.getRequest().getHeader("Authorization")).startsWith("Bearer eyJ"));
        assertNothingLeaks();
    }

    @Test
    void theWidgetEndpointRefusesWrongTokensWithoutEchoingThem() {
        try (AnnexCloudClient annex = annex(sandbox.annexCloud().baseUri(), ANNEX_SECRET);
             GorgiasClient gorgias = gorgias(sandbox.gorgias().baseUri(), GORGIAS_KEY)) {
            LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build();
            WidgetEndpoint endpoint = bridge.widgetEndpoint(Secret.of(BRIDGE_TOKEN));
            String accessToken = AccessTokenCodec.encode(new AccessToken("123456", Secret.of(ANNEX_SECRET)));
            for (String authorization : List.of("Bearer " + BRIDGE_TOKEN + "x", "Bearer " + WRONG_ANNEX_SECRET,
                    "Bearer " + accessToken, "Basic " + java.util.Base64.getEncoder().encodeToString(
                            ("bot@sandbox.test:" + GORGIAS_KEY).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.c2lnbmF0dXJl")) {
                WidgetResponse response = endpoint.handle(widgetRequest(authorization));
                assertThat(response.status()).isEqualTo(401);
                shown.add(response.body());
                shown.add(response.headers());
            }
            WidgetResponse card = endpoint.handle(widgetRequest("Bearer " + BRIDGE_TOKEN));
            assertThat(card.status()).isEqualTo(200);
            shown.add(card.body());
            shown.add(bridge);
            shown.add(endpoint);
            shown.add(bridge.lookup(MEMBER));
        }
        assertNothingLeaks();
    }

    @Test
    void valuesThatHoldSecretsPrintRedacted() {
        Secret secret = Secret.of(ANNEX_SECRET);
        shown.add(secret);
        shown.add(new AccessToken("123456", secret));
        shown.add(ClientOptions.builder().sleeper(time).clock(time.clock()).userAgentSuffix("acme/1").build());
        shown.add(new TransportRequest("GET", URI.create("http://127.0.0.1/api/customers?email=a%40b.c"),
                Map.of("Authorization", "Bearer " + BRIDGE_TOKEN), new byte[0], Duration.ofSeconds(1), 1024));
        shown.add(AwardPoints.builder().memberId(MEMBER).credit(5).reason("r").idempotencyKey("ticket-1").build());
        shown.add(LoyaltyCard.nonMember(MEMBER));
        try (AnnexCloudClient annex = annex(sandbox.annexCloud().baseUri(), ANNEX_SECRET);
             GorgiasClient gorgias = gorgias(sandbox.gorgias().baseUri(), GORGIAS_KEY)) {
            shown.add(annex);
            shown.add(gorgias);
            shown.add(annex.users().get(MEMBER));
            shown.add(gorgias.customers().findByEmail(MEMBER));
        }
        assertThat(shown.get(1).toString()).contains("123456").contains("REDACTED");
        assertNothingLeaks();
    }

    private AnnexCloudClient annex(URI baseUri, String secret) {
        return AnnexCloudClient.builder().baseUri(baseUri).siteId(sandbox.annexCloud().siteId())
                .secret(Secret.of(secret)).options(options()).build();
    }

    private GorgiasClient gorgias(URI baseUri, String key) {
        return GorgiasClient.builder().baseUri(baseUri).basicAuth(sandbox.gorgias().email(), Secret.of(key))
                .options(options()).build();
    }

    private ClientOptions options() {
        return ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1).clock(time.clock()).sleeper(time)
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build();
    }

    private static WidgetRequest widgetRequest(String authorization) {
        return WidgetRequest.builder().method("GET").path(WidgetEndpoint.DEFAULT_PATH)
                .query(Map.of("email", List.of(MEMBER))).headers(Map.of("Authorization", List.of(authorization))).build();
    }

    /** Runs a call that must fail with the SDK's own exception, and keeps the exception for inspection. */
    private void expectFailure(Supplier<?> call) {
        Throwable failure = catchThrowable(call::get);
        assertThat(failure).isInstanceOf(SdkException.class);
        shown.add(failure);
    }

    private void assertNothingLeaks() {
        for (Object value : shown) {
            for (String text : texts(value)) {
                assertThat(SecretScanner.findLeak(text)).as("what %s shows", value.getClass().getSimpleName()).isEmpty();
            }
        }
        List<LogLine> lines = CapturedLogs.since(mark);
        assertThat(lines).as("captured log lines").isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(SecretScanner.findLeak(line.text())).as(line.logger()).isEmpty());
    }

    /** The toString of a value; for a throwable, the message and toString of it and of every cause and suppressed one. */
    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        texts.add(String.valueOf(value));
        if (value instanceof Throwable) {
            java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.ArrayDeque<Throwable> pending = new java.util.ArrayDeque<>(List.of((Throwable) value));
            while (!pending.isEmpty()) {
                Throwable current = pending.pop();
                if (seen.add(current)) {
                    texts.add(String.valueOf(current.getMessage()));
                    texts.add(current.toString());
                    if (current instanceof SdkException) {
                        ((SdkException) current).vendorMessage().ifPresent(texts::add);
                    }
                    if (current.getCause() != null) {
                        pending.push(current.getCause());
                    }
                    pending.addAll(List.of(current.getSuppressed()));
                }
            }
        }
        return texts;
    }
}
