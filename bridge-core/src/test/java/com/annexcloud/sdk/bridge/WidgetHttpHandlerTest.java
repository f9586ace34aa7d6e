package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.core.Secret;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WidgetHttpHandlerTest {
    private static final String TOKEN = "handler-test-token";

    private final FakeBridge bridge = new FakeBridge(c -> CompletableFuture.completedFuture(LoyaltyCard.nonMember(c.email())));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", new WidgetHttpHandler(bridge.widgetEndpoint(Secret.of(TOKEN))));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheCardWithDecodedQueryParameters() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(base + "/gorgias/loyalty?email=nina%2Btag%40example.com&firstName=Nina")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"member\":false,\"email\":\"nina+tag@example.com\"}");
        assertThat(bridge.lookups.get(0).firstName()).contains("Nina");
    }

    /** The JDK server itself refuses a malformed escape before any handler runs; the answer is still a 400. */
    @Test
    void undecodableQueryIs400() throws Exception {
        assertThat(statusLineOf("GET /gorgias/loyalty?email=%zz")).startsWith("HTTP/1.1 400");
        assertThat(bridge.lookups).isEmpty();
    }

    @Test
    void queryDecodingKeepsRepeatsAndRefusesBadEscapes() {
        assertThat(WidgetRequest.parseQuery("a=1&a=2&b=x%20y&flag").orElseThrow())
                .containsEntry("a", List.of("1", "2")).containsEntry("b", List.of("x y")).containsEntry("flag", List.of(""));
        assertThat(WidgetRequest.parseQuery("email=%zz")).isEmpty();
        assertThat(WidgetRequest.parseQuery(null).orElseThrow()).isEmpty();
        assertThat(WidgetRequest.parseQuery("pad=" + "x".repeat(WidgetRequest.MAX_QUERY_LENGTH))).isEmpty();
    }

    /** The route is matched on the raw path: an encoded slash is not the award action. */
    @Test
    void encodedSlashIsNotRoutedToTheAwardAction() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/gorgias/loyalty%2Faward"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@b.com\",\"ticketId\":\"1\",\"points\":5}")));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    /** Methods are case-sensitive (RFC 9110, section 9.1): {@code get} is not {@code GET}. */
    @Test
    void lowercaseMethodIs405() throws Exception {
        assertThat(statusLineOf("get /gorgias/loyalty?email=a%40b.com")).startsWith("HTTP/1.1 405");
        assertThat(bridge.lookups).isEmpty();
    }

    /** The status line answering a request line written as given, with the token. */
    private String statusLineOf(String requestLine) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getAddress().getPort())) {
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/gorgias/loyalty/award"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[70 * 1024])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\":\"request_too_large\"");
    }

    @Test
    void unreadableRequestsWithoutTheTokenAre401First() throws Exception {
        HttpResponse<String> oversized = http.send(HttpRequest.newBuilder(URI.create(base + "/gorgias/loyalty/award"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[70 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());
        URI overlong = URI.create(base + "/gorgias/loyalty?email=a%40b.com&pad=" + "x".repeat(9 * 1024));
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(overlong).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> authenticated = send(HttpRequest.newBuilder(overlong));

        assertThat(oversized.statusCode()).isEqualTo(401);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(authenticated.statusCode()).isEqualTo(400);
        assertThat(bridge.lookups).isEmpty();
    }

    @Test
    void missingTokenIs401OverTheWire() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(base + "/gorgias/loyalty?email=a%40b.com")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }
}
