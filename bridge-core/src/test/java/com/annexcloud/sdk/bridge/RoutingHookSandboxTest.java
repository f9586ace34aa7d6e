package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.IntegrationCall;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end over HTTP: the sandbox's Gorgias holds the routing hook as the installer creates it (the facts file's
 * {@code POST /api/integrations} example: POST, a bearer header, the JSON form {@code {"ticket_id": "{{ticket.id}}",
 * "email": "{{ticket.customer.email}}"}}, {@code ticket_created}), and creating a ticket calls the real endpoint, which
 * calls the sandbox back to tag the ticket.
 */
class RoutingHookSandboxTest {
    private static final Secret TOKEN = Secret.of("bridge-token-routing-0123456789");
    private static final String GOLD = "amelia.silva@example.com";
    private static final String NON_MEMBER = "nina.nonmember@example.com";

    private final Sandbox sandbox = Sandbox.startWithSampleData();
    private final ClientOptions options = ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1).build();
    private final AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
            .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret()).options(options).build();
    private final GorgiasClient gorgias = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
            .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey()).options(options).build();
    private final LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build();
    private final HttpServer server = serve(bridge.widgetEndpoint(TOKEN));
    private final String hookUrl = "http://127.0.0.1:" + server.getAddress().getPort() + WidgetEndpoint.DEFAULT_PATH + "/route";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpServer serve(WidgetEndpoint endpoint) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/gorgias", new WidgetHttpHandler(endpoint));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        server.stop(0);
        annex.close();
        gorgias.close();
        sandbox.close();
    }

    private void installHook() {
        gorgias.integrations().create(CreateIntegration.builder().name("Annex Cloud loyalty routing")
                .http(HttpSettings.builder().url(hookUrl).method("POST")
                        .putHeaders("Authorization", "Bearer " + TOKEN.reveal())
                        .form(Json.mapper().createObjectNode().put("ticket_id", "{{ticket.id}}")
                                .put("email", "{{ticket.customer.email}}"))
                        .putTriggers("ticket_created", true).build())
                .build());
    }

    private HttpResponse<String> callHook(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hookUrl)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> tags(long ticket) {
        JsonNode tags = sandbox.gorgias().ticket(ticket).orElseThrow().path("tags");
        return StreamSupport.stream(tags.spliterator(), false).map(tag -> tag.path("name").asText()).toList();
    }

    @Test
    void aGoldMembersNewTicketGetsExactlyOneGoldTagHoweverOftenTheHookIsCalled() throws Exception {
        assertThat(bridge.lookup(GOLD).tier().flatMap(tier -> tier.current())).contains("Gold");
        installHook();

        long ticket = sandbox.gorgias().createTicket(GOLD, "Where are my points?");
        String body = "{\"ticket_id\": \"" + ticket + "\", \"email\": \"" + GOLD + "\"}";
        HttpResponse<String> second = callHook(body, "Bearer " + TOKEN.reveal());
        HttpResponse<String> third = callHook(body.replace("\"" + ticket + "\"", Long.toString(ticket)), "Bearer " + TOKEN.reveal());

        IntegrationCall fired = sandbox.gorgias().integrationCalls().get(0);
        assertThat(fired.reply().orElseThrow().status()).isEqualTo(200);
        assertThat(Json.mapper().readTree(fired.reply().orElseThrow().body()))
                .isEqualTo(Json.mapper().readTree("{\"tagged\":true,\"tag\":\"loyalty-gold\",\"added\":true}"));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(third.body()))
                .isEqualTo(Json.mapper().readTree("{\"tagged\":true,\"tag\":\"loyalty-gold\"}"));
        assertThat(tags(ticket)).containsExactly("loyalty-gold");
        assertThat(sandbox.gorgias().requests().count("POST", "/tickets/[0-9]+/tags")).isEqualTo(1);
    }

    @Test
    void aNonMembersTicketGetsNoTag() throws Exception {
        installHook();

        long ticket = sandbox.gorgias().createTicket(NON_MEMBER, "Hello");

        assertThat(Json.mapper().readTree(sandbox.gorgias().integrationCalls().get(0).reply().orElseThrow().body()))
                .isEqualTo(Json.mapper().readTree("{\"tagged\":false,\"reason\":\"not_a_member\"}"));
        assertThat(tags(ticket)).isEmpty();
        assertThat(sandbox.gorgias().requests().count("*", "/tickets.*")).isZero();
    }

    @Test
    void theHookIs401WithoutTheTokenAnd400OnBadInput() throws Exception {
        long ticket = sandbox.gorgias().createTicket(GOLD, "Hello");

        HttpResponse<String> anonymous = callHook("{\"ticket_id\": \"" + ticket + "\", \"email\": \"" + GOLD + "\"}", null);
        HttpResponse<String> bad = callHook("{\"ticket_id\": \"abc\", \"email\": \"" + GOLD + "\"}", "Bearer " + TOKEN.reveal());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(bad.body()).path("error").asText()).isEqualTo("invalid_request");
        assertThat(tags(ticket)).isEmpty();
    }
}
