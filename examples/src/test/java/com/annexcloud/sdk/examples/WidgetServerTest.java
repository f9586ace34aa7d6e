package com.annexcloud.sdk.examples;

import static com.annexcloud.sdk.examples.RawHttp.body;
import static com.annexcloud.sdk.examples.RawHttp.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hardened widget server against hostile clients on loopback: slow headers and bodies, too many
 * connections, oversized or malformed requests. Timeouts are short and injected; every wait is bounded by
 * {@link RawHttp#PATIENCE_MILLIS}, far above them, and nothing asserts how fast anything was.
 */
class WidgetServerTest {
    private static final String TOKEN = "server-test-token";
    private static final String AUTH = "Authorization: Bearer " + TOKEN + "\r\n";
    private static final Duration LONG = Duration.ofSeconds(30);

    private static Sandbox sandbox;
    private static AnnexCloudClient annex;
    private static GorgiasClient gorgias;
    private static LoyaltyBridge bridge;
    private WidgetServer server;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().data(SandboxData.sample()).start();
        annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri()).siteId(sandbox.annexCloud().siteId())
                .secret(sandbox.annexCloud().secret()).build();
        gorgias = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey()).build();
        bridge = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build();
    }

    @AfterAll
    static void stopSandbox() {
        gorgias.close();
        annex.close();
        sandbox.close();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private URI start(ServerLimits limits) {
        server = WidgetServer.start(bridge.widgetEndpoint(Secret.of(TOKEN)), 0, limits);
        return server.uri();
    }

    private URI startWithDefaults() {
        return start(ServerLimits.defaults());
    }

    private static String exchange(URI server, String request) throws Exception {
        try (RawHttp client = RawHttp.connect(server)) {
            return client.send(request).readUntilClosed();
        }
    }

    private static String get(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n";
    }

    @Test
    void servesTheCard() throws Exception {
        String response = exchange(startWithDefaults(), get("/gorgias/loyalty?email=" + DemoCommand.SAMPLE_MEMBER, AUTH));

        assertThat(status(response)).isEqualTo(200);
        assertThat(body(response)).contains("\"member\":true");
    }

    @Test
    void aConnectionThatGoesSilentMidHeadersIsClosedAtTheIdleTimeout() throws Exception {
        URI uri = start(new ServerLimits(Duration.ofMillis(300), LONG, 100, 8192, 65536));
        try (RawHttp slow = RawHttp.connect(uri)) {
            slow.send("GET /gorgias/loyalty?email=a%40b.com HTTP/1.1\r\nHost: local");

            assertThat(slow.readUntilClosed()).as("closed without an answer").isEmpty();
        }
    }

    /** The idle timeout is long here, so only the whole-request deadline can close it within the patience. */
    @Test
    void headersThatNeverCompleteAreCutAtTheRequestTimeout() throws Exception {
        URI uri = start(new ServerLimits(LONG, Duration.ofMillis(300), 100, 8192, 65536));
        try (RawHttp slow = RawHttp.connect(uri)) {
            slow.send("GET /gorgias/loyalty?email=a%40b.com HTTP/1.1\r\nHost: local");

            assertThat(slow.readUntilClosed()).isEmpty();
        }
    }

    /** A kept-alive connection's next request gets its own deadline, counted from the previous response. */
    @Test
    void theNextRequestOnAKeptAliveConnectionHasItsOwnDeadline() throws Exception {
        URI uri = start(new ServerLimits(LONG, Duration.ofMillis(300), 100, 8192, 65536));
        try (RawHttp client = RawHttp.connect(uri)) {
            String first = client.send("GET /gorgias/loyalty?email=" + DemoCommand.SAMPLE_MEMBER + " HTTP/1.1\r\nHost: localhost\r\n"
                    + AUTH + "\r\n").readResponse();
            client.send("GET /gorgias/loyalty?email=a%40b.com HTTP/1.1\r\nHost: local");

            assertThat(status(first)).isEqualTo(200);
            assertThat(client.readUntilClosed()).isEmpty();
        }
    }

    @Test
    void aBodyThatNeverCompletesIs408AsJson() throws Exception {
        URI uri = start(new ServerLimits(LONG, Duration.ofMillis(300), 100, 8192, 65536));
        try (RawHttp slow = RawHttp.connect(uri)) {
            String response = slow.send("POST /gorgias/loyalty/award HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":").readUntilClosed();

            assertThat(status(response)).isEqualTo(408);
            assertThat(body(response)).contains("\"error\":\"request_timeout\"");
        }
    }

    @Test
    void theConnectionCapHoldsFurtherClientsUntilASlotFrees() throws Exception {
        URI uri = start(new ServerLimits(LONG, LONG, 2, 8192, 65536));
        List<RawHttp> holders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            holders.add(RawHttp.connect(uri).send("GET / HTTP/1.1\r\n"));
        }
        // connected after the holders, so accepted after them (the accept queue is first in, first out)
        try (RawHttp waiting = RawHttp.connect(uri); RawHttp probe = RawHttp.connect(uri)) {
            waiting.send(get("/gorgias/loyalty?email=" + DemoCommand.SAMPLE_MEMBER, AUTH));
            probe.send(get("/gorgias/loyalty?email=" + DemoCommand.SAMPLE_MEMBER, AUTH));

            // held in the accept queue: nothing can come while both slots are taken, however long one waits
            assertThat(probe.answersWithin(500)).isFalse();
            holders.get(0).close();
            assertThat(status(waiting.readUntilClosed())).isEqualTo(200);
        } finally {
            for (RawHttp holder : holders) {
                holder.close();
            }
        }
    }

    @Test
    void manySilentConnectionsDoNotStopALegitimateRequest() throws Exception {
        URI uri = start(new ServerLimits(LONG, LONG, 1000, 8192, 65536));
        List<RawHttp> silent = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                silent.add(RawHttp.connect(uri).send("GET /gorgias/loyalty HTTP/1.1\r\nHost: x"));
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(uri + "/gorgias/loyalty?email=" + DemoCommand.SAMPLE_MEMBER))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofMillis(RawHttp.PATIENCE_MILLIS)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
        } finally {
            for (RawHttp client : silent) {
                client.close();
            }
        }
    }

    @Test
    void oversizedHeadersAre431AsJson() throws Exception {
        String response = exchange(startWithDefaults(), get("/gorgias/loyalty?email=a%40b.com", "X-Pad: " + "x".repeat(10_000) + "\r\n"));

        assertThat(status(response)).isEqualTo(431);
        assertThat(response).contains("Content-Type: application/json");
        assertThat(body(response)).contains("\"error\":\"headers_too_large\"");
    }

    @Test
    void oversizedBodiesAre413AfterAuthentication() throws Exception {
        URI uri = startWithDefaults();
        String body = "{\"pad\":\"" + "x".repeat(70_000) + "\"}";
        String post = "POST /gorgias/loyalty/award HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n";

        assertThat(status(exchange(uri, post + AUTH + "\r\n" + body))).isEqualTo(413);
        assertThat(status(exchange(uri, post + "\r\n" + body))).isEqualTo(401);
    }

    @Test
    void anOversizedChunkedBodyIs413() throws Exception {
        String chunk = "x".repeat(40_000);
        String chunked = Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n";
        String response = exchange(startWithDefaults(), "POST /gorgias/loyalty/award HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunked + chunked + "0\r\n\r\n");

        assertThat(status(response)).isEqualTo(413);
    }

    @Test
    void anUndecodableQueryIsAJson400AfterAuthentication() throws Exception {
        URI uri = startWithDefaults();

        String authenticated = exchange(uri, get("/gorgias/loyalty?email=%zz", AUTH));
        String anonymous = exchange(uri, get("/gorgias/loyalty?email=%zz", ""));

        assertThat(status(authenticated)).isEqualTo(400);
        assertThat(body(authenticated)).contains("\"error\":\"invalid_request\"");
        assertThat(status(anonymous)).isEqualTo(401);
    }

    @Test
    void aLowercaseMethodIsRefused() throws Exception {
        String response = exchange(startWithDefaults(), "get /gorgias/loyalty?email=a%40b.com HTTP/1.1\r\nHost: localhost\r\n"
                + AUTH + "Connection: close\r\n\r\n");

        assertThat(status(response)).isEqualTo(405);
        assertThat(body(response)).startsWith("{\"error\":\"method_not_allowed\"");
    }

    @Test
    void anEncodedSlashIsNotTheAwardAction() throws Exception {
        String award = "{\"email\":\"" + DemoCommand.SAMPLE_MEMBER + "\",\"ticketId\":\"1\",\"points\":5}";
        BigDecimal before = sandbox.annexCloud().member(DemoCommand.SAMPLE_MEMBER).orElseThrow().availablePoints();

        String response = exchange(startWithDefaults(), "POST /gorgias/loyalty%2Faward HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                + "Content-Type: application/json\r\nContent-Length: " + award.length() + "\r\nConnection: close\r\n\r\n" + award);

        assertThat(status(response)).as("Jetty refuses the ambiguous path itself").isEqualTo(400);
        assertThat(body(response)).startsWith("{\"error\":");
        assertThat(sandbox.annexCloud().member(DemoCommand.SAMPLE_MEMBER).orElseThrow().availablePoints()).isEqualByComparingTo(before);
    }

    @Test
    void aMalformedRequestLineIsAJson400() throws Exception {
        String response = exchange(startWithDefaults(), "GET\u0001 / HTTP/1.1\r\n\r\n");

        assertThat(status(response)).isEqualTo(400);
        assertThat(body(response)).startsWith("{\"error\":");
    }

    @Test
    void aTrailingNulInTheEmailIsRefusedNotTrimmed() throws Exception {
        URI uri = startWithDefaults();

        assertThat(status(exchange(uri, get("/gorgias/loyalty?email=" + DemoCommand.SAMPLE_MEMBER + "%00", AUTH)))).isEqualTo(400);
        assertThat(status(exchange(uri, get("/gorgias/loyalty?email=" + DemoCommand.SAMPLE_MEMBER + "%0D%0A", AUTH)))).isEqualTo(400);
    }

    @Test
    void limitsRefuseNonsense() {
        assertThatThrownBy(() -> new ServerLimits(Duration.ZERO, LONG, 1, 8192, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerLimits(LONG, LONG, 0, 8192, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ServerLimits.defaults().maxBodyBytes()).isEqualTo(64 * 1024);
    }
}
