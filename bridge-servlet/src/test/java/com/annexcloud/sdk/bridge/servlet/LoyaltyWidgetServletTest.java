package com.annexcloud.sdk.bridge.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.WidgetRequestReader;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The servlet in a real Tomcat 10.1 (Servlet 6) container, over HTTP, on the sandbox's sample members. */
class LoyaltyWidgetServletTest {
    private static final String TOKEN = "servlet-test-bridge-token";
    private static final String MEMBER = "john.doe@example.com";

    private static Sandbox sandbox;
    private static AnnexCloudClient annex;
    private static GorgiasClient gorgias;
    private static Tomcat tomcat;
    private static String base;
    private static int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.startWithSampleData();
        annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
                .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret()).build();
        gorgias = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey()).build();
        WidgetEndpoint endpoint = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build()
                .widgetEndpoint(Secret.of(TOKEN));

        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.getConnector().setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        // Room for a request line over the endpoint's 8 KiB query limit, so the servlet (not Tomcat) refuses it.
        tomcat.getConnector().setProperty("maxHttpHeaderSize", "16384");
        Context context = tomcat.addContext("/app", null);
        Tomcat.addServlet(context, "loyalty", new LoyaltyWidgetServlet(endpoint));
        context.addServletMappingDecoded(LoyaltyWidgetServlet.urlPattern(WidgetEndpoint.DEFAULT_PATH), "loyalty");
        tomcat.start();
        port = tomcat.getConnector().getLocalPort();
        base = "http://127.0.0.1:" + port + "/app" + WidgetEndpoint.DEFAULT_PATH;
    }

    @AfterAll
    static void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
        annex.close();
        gorgias.close();
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String action, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + action)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void servesTheCardBelowTheContextPath() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "?email=john.doe%40example.com")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.body()).contains("\"member\":true", "\"email\":\"john.doe@example.com\"", "\"available\":6656");
    }

    @Test
    void passesTheAwardBodyOn() throws Exception {
        HttpResponse<String> response = post("award",
                "{\"email\":\"" + MEMBER + "\",\"ticketId\":\"4711\",\"points\":50,\"reason\":\"goodwill\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"available\":6706");
    }

    @Test
    void passesTheRoutingHookBodyOn() throws Exception {
        long ticket = sandbox.gorgias().createTicket("amelia.silva@example.com", "Hello");

        HttpResponse<String> response = post("route", "{\"ticket_id\":\"" + ticket + "\",\"email\":\"amelia.silva@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"tagged\":true,\"tag\":\"loyalty-gold\",\"added\":true}");
        assertThat(sandbox.gorgias().ticket(ticket).orElseThrow().path("tags").get(0).path("name").asText()).isEqualTo("loyalty-gold");
    }

    @Test
    void passesTheRedeemBodyOn() throws Exception {
        HttpResponse<String> response = post("redeem", "{\"email\":\"" + MEMBER + "\",\"ticketId\":\"4711\",\"rewardId\":\"111\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"available\":6156");
    }

    @Test
    void aFormBodyIsPassedOnNotParsedAsParameters() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/award"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + MEMBER + "&ticketId=1&points=5")));

        assertThat(response.statusCode()).as("the endpoint saw the body, which is not JSON").isEqualTo(400);
        assertThat(response.body()).contains("body must be one JSON object");
    }

    @Test
    void anOversizedBodyIs413AfterAuthentication() throws Exception {
        String big = "{\"pad\":\"" + "x".repeat(WidgetRequestReader.MAX_BODY_BYTES) + "\"}";

        assertThat(post("award", big).statusCode()).isEqualTo(413);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/award"))
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void aMalformedEscapeIs400AndAnOverlongQueryToo() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /app/gorgias/loyalty?email=a%zz HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("invalid_request");
        }
        HttpResponse<String> overlong = send(HttpRequest.newBuilder(URI.create(base + "?email=" + "a".repeat(9000))));
        assertThat(overlong.statusCode()).isEqualTo(400);
        assertThat(overlong.body()).contains("\"error\":\"invalid_request\"", "could not be read");
    }

    /** Raw HTTP/1.1 on a socket: the request's head, then the body bytes given, then the client stops sending. */
    private static String exchange(String head, String bodySent) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write((head + "\r\n" + bodySent).getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Timeout(10)
    void anUnauthenticatedPostIsRefusedWithoutWaitingForItsBody() throws Exception {
        // The body is declared but never sent: reading it would block until the client gives up.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /app/gorgias/loyalty/award HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 60000\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("HTTP/1.1 401");
        }
    }

    /**
     * Tomcat answers a body cut short itself (400, connection closed) before the servlet can; the servlet then
     * leaves that answer alone rather than failing with a 500. The JSON 400/408 for a container that leaves
     * the answer to the servlet is WidgetRequestReaderTest's.
     */
    @Test
    void aBodyCutShortIsA400NeverA500() throws Exception {
        String answer = exchange("POST /app/gorgias/loyalty/award HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n",
                "{\"email\":\"" + MEMBER + "\"");

        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("IllegalStateException");
    }

    @Test
    void otherPathsAndMethodsGetTheEndpointsAnswers() throws Exception {
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(URI.create(base + "/other")));
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(URI.create(base + "/award")));
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(base + "?email=" + MEMBER)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("not_found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.body()).doesNotContain("6656");
    }

    @Test
    void urlPatternCoversThePathAndItsActions() {
        assertThat(LoyaltyWidgetServlet.urlPattern("/gorgias/loyalty")).isEqualTo("/gorgias/loyalty/*");
        assertThatThrownBy(() -> LoyaltyWidgetServlet.urlPattern("gorgias")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoyaltyWidgetServlet.urlPattern("/gorgias/")).isInstanceOf(IllegalArgumentException.class);
    }
}
