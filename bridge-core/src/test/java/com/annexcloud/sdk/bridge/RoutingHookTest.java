package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.NewTicket;
import com.annexcloud.sdk.bridge.model.RoutingOutcome;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The routing hook's edge: authentication first, then the body Gorgias renders from the installer's form
 * {@code {"ticket_id": "{{ticket.id}}", "email": "{{ticket.customer.email}}"}} (docs/vendor-facts-agent-workflow.md:
 * template values arrive as strings), then always 200 once the input is valid, because Gorgias deactivates an
 * integration after 100 failed calls in a row (Gorgias help "Broken or disconnected HTTP integration").
 */
class RoutingHookTest {
    private static final String TOKEN = "bridge-token-0123456789";
    private static final String PATH = "/gorgias/loyalty/route";
    private static final RoutingOutcome TAGGED = RoutingOutcome.builder().tagged(true).tag("loyalty-gold").added(true).build();

    private final FakeBridge bridge = new FakeBridge(customer -> CompletableFuture.completedFuture(LoyaltyCard.nonMember(customer.email())),
            ticket -> switch (ticket.email()) {
                case "down@example.com" -> CompletableFuture.failedFuture(new TransportException("connection refused", null, false, null));
                case "slow@example.com" -> new CompletableFuture<>();
                default -> CompletableFuture.completedFuture(TAGGED);
            });
    private final WidgetEndpoint endpoint = WidgetEndpoint.builder().bridge(bridge).bearerToken(Secret.of(TOKEN))
            .responseTimeout(Duration.ofMillis(50)).build();

    private static WidgetRequest post(String body, String authorization) {
        var request = WidgetRequest.builder().method("POST").path(PATH).body(body);
        if (authorization != null) {
            request.putHeaders("Authorization", List.of(authorization));
        }
        return request.build();
    }

    private WidgetResponse hook(String body) {
        return endpoint.handle(post(body, "Bearer " + TOKEN));
    }

    private static JsonNode json(WidgetResponse response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void aTicketIdAsTheTemplatesStringOrAsANumberIsRouted() throws Exception {
        WidgetResponse response = hook("{\"ticket_id\": \"4001\", \"email\": \"john@example.com\"}");
        hook("{\"ticket_id\": 4002, \"email\": \"john@example.com\", \"extra\": \"ignored\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(Json.mapper().readTree("{\"tagged\":true,\"tag\":\"loyalty-gold\",\"added\":true}"));
        assertThat(bridge.routed).containsExactly(NewTicket.of(4001, "john@example.com"), NewTicket.of(4002, "john@example.com"));
    }

    @Test
    void withoutTheTokenItIs401AndNothingIsRead() {
        WidgetResponse anonymous = endpoint.handle(post("{\"ticket_id\": \"4001\", \"email\": \"john@example.com\"}", null));
        WidgetResponse wrong = endpoint.handle(post("not json", "Bearer wrong-token"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(endpoint.precheck(post("", null))).map(WidgetResponse::status).contains(401);
        assertThat(bridge.routed).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"email\": \"john@example.com\"}", "{\"ticket_id\": \"\", \"email\": \"john@example.com\"}",
            "{\"ticket_id\": \"abc\", \"email\": \"john@example.com\"}", "{\"ticket_id\": -5, \"email\": \"john@example.com\"}",
            "{\"ticket_id\": \"-5\", \"email\": \"john@example.com\"}", "{\"ticket_id\": 0, \"email\": \"john@example.com\"}",
            "{\"ticket_id\": 4001.5, \"email\": \"john@example.com\"}", "{\"ticket_id\": \"4001\", \"email\": \"not-an-email\"}",
            "{\"ticket_id\": \"4001\", \"ticket_id\": \"4002\", \"email\": \"john@example.com\"}", "[4001]", "{\"ticket_id\":"})
    void badInputIs400WithAJsonError(String body) throws Exception {
        WidgetResponse response = hook(body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).isEqualTo("invalid_request");
        assertThat(response.body()).doesNotContain("not-an-email");
        assertThat(bridge.routed).isEmpty();
    }

    @Test
    void aTicketWithoutACustomerEmailIsLeftAloneWith200() throws Exception {
        WidgetResponse response = hook("{\"ticket_id\": \"4001\", \"email\": \"\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(Json.mapper().readTree("{\"tagged\":false,\"reason\":\"no_email\"}"));
        assertThat(bridge.routed).isEmpty();
    }

    @Test
    void anUpstreamFailureOrATimeoutIsStill200SayingSo() throws Exception {
        WidgetResponse down = hook("{\"ticket_id\": \"4001\", \"email\": \"down@example.com\"}");
        WidgetResponse slow = hook("{\"ticket_id\": \"4001\", \"email\": \"slow@example.com\"}");

        assertThat(down.status()).isEqualTo(200);
        assertThat(json(down)).isEqualTo(Json.mapper().readTree("{\"tagged\":false,\"reason\":\"upstream_error\"}"));
        assertThat(slow.status()).isEqualTo(200);
        assertThat(json(slow).path("reason").asText()).isEqualTo("timeout");
    }

    @Test
    void getIs405AndAnOversizedBodyIs413() {
        WidgetResponse get = endpoint.handle(WidgetRequest.builder().method("GET").path(PATH)
                .putHeaders("Authorization", List.of("Bearer " + TOKEN)).build());
        WidgetResponse big = endpoint.handle(WidgetRequest.builder().from(post("", "Bearer " + TOKEN)).unreadable(413).build());

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.headers()).containsEntry("Allow", "POST");
        assertThat(big.status()).isEqualTo(413);
        assertThat(bridge.routed).isEmpty();
    }

    @Test
    void routingOffServesNoHook() {
        WidgetEndpoint off = WidgetEndpoint.builder().bridge(bridge).bearerToken(Secret.of(TOKEN))
                .ticketRouting(TicketRouting.off()).build();

        assertThat(off.handle(post("{\"ticket_id\": \"4001\", \"email\": \"john@example.com\"}", "Bearer " + TOKEN)).status())
                .isEqualTo(404);
    }
}
