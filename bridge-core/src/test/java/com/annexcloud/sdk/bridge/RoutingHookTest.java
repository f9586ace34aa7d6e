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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                case "bug@example.com" -> CompletableFuture.failedFuture(new IllegalStateException("a bug"));
                case "throws@example.com" -> throw new IllegalArgumentException("tag too long");
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

    /** Not only an SdkException: any failure after validation (a bug, a refused write) still answers 200, never 500. */
    @ParameterizedTest
    @ValueSource(strings = {"bug@example.com", "throws@example.com"})
    void anyOtherFailureIsStill200AsAnUpstreamError(String email) throws Exception {
        WidgetResponse response = hook("{\"ticket_id\": \"4001\", \"email\": \"" + email + "\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(Json.mapper().readTree("{\"tagged\":false,\"reason\":\"upstream_error\"}"));
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

    /** Off, an installed hook is still answered 200 (not 404), so Gorgias never counts its calls towards deactivation. */
    @Test
    void routingOffAnswers200RoutingOffWithoutRouting() throws Exception {
        WidgetEndpoint off = WidgetEndpoint.builder().bridge(bridge).bearerToken(Secret.of(TOKEN))
                .ticketRouting(TicketRouting.off()).build();

        WidgetResponse response = off.handle(post("{\"ticket_id\": \"4001\", \"email\": \"john@example.com\"}", "Bearer " + TOKEN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(Json.mapper().readTree("{\"tagged\":false,\"reason\":\"routing_off\"}"));
        assertThat(off.handle(post("", null)).status()).isEqualTo(401);
        assertThat(bridge.routed).isEmpty();
    }

    /** Under the endpoint's path the token comes first: no route, method or routing switch shows to an anonymous caller. */
    @ParameterizedTest
    @CsvSource({"POST,/gorgias/loyalty/route", "GET,/gorgias/loyalty/route", "POST,/gorgias/loyalty/nothing-here",
            "PUT,/gorgias/loyalty"})
    void withoutTheTokenEveryPathUnderTheEndpointIs401(String method, String path) {
        WidgetEndpoint off = WidgetEndpoint.builder().bridge(bridge).bearerToken(Secret.of(TOKEN))
                .ticketRouting(TicketRouting.off()).build();
        WidgetRequest anonymous = WidgetRequest.builder().method(method).path(path).build();

        assertThat(endpoint.handle(anonymous).status()).isEqualTo(401);
        assertThat(off.handle(anonymous).status()).isEqualTo(401);
        assertThat(endpoint.precheck(anonymous)).map(WidgetResponse::status).contains(401);
        assertThat(endpoint.handle(WidgetRequest.builder().from(anonymous).path("/gorgias/loyaltyx").build()).status())
                .isEqualTo(404); // outside the endpoint's path
        assertThat(endpoint.handle(WidgetRequest.builder().from(anonymous).putHeaders("Authorization", List.of("Bearer " + TOKEN))
                .path("/gorgias/loyalty/nothing-here").build()).status()).isEqualTo(404);
    }

    /** The hook takes the same tokens as the card: the current one, a rotated-out one, and a tenant's access token. */
    @ParameterizedTest
    @ValueSource(strings = {"current", "previous", "tenant"})
    void everyAcceptedTokenReachesTheHook(String which) {
        Secret loyaltyToken = Secret.of("tenant-loyalty-token");
        FakeBridge tenant = new FakeBridge(customer -> CompletableFuture.completedFuture(LoyaltyCard.nonMember(customer.email())),
                ticket -> CompletableFuture.completedFuture(TAGGED));
        TenantResolver resolver = token -> token.siteId().equals("42") && loyaltyToken.matches(token.loyaltyToken().reveal())
                ? Optional.of(tenant) : Optional.empty();
        WidgetEndpoint rotating = WidgetEndpoint.builder().bridge(bridge).bearerToken(Secret.of(TOKEN))
                .acceptAlso(Secret.of("previous-token-0123456789")).tenantResolver(resolver).build();
        String token = switch (which) {
            case "current" -> TOKEN;
            case "previous" -> "previous-token-0123456789";
            default -> AccessTokenCodec.encode(new AccessToken("42", loyaltyToken));
        };
        String body = "{\"ticket_id\": \"4001\", \"email\": \"john@example.com\"}";

        assertThat(rotating.handle(post(body, "Bearer " + token)).status()).isEqualTo(200);
        assertThat(rotating.handle(post(body, "Bearer " + token + "x")).status()).isEqualTo(401);
        FakeBridge served = which.equals("tenant") ? tenant : bridge;
        FakeBridge other = which.equals("tenant") ? bridge : tenant;
        assertThat(served.routed).containsExactly(NewTicket.of(4001, "john@example.com"));
        assertThat(other.routed).isEmpty();
    }
}
