package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.PointsSummary;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WidgetEndpointTest {
    private static final String TOKEN = "bridge-token-0123456789";
    private static final LoyaltyCard MEMBER = LoyaltyCard.builder().member(true).email("john.doe@example.com")
            .name("John Doe").points(PointsSummary.builder().available(new java.math.BigDecimal("6656")).build()).build();

    private final FakeBridge bridge = new FakeBridge(customer -> {
        switch (customer.email()) {
            case "john.doe@example.com":
                return CompletableFuture.completedFuture(MEMBER);
            case "partial@example.com":
                return CompletableFuture.completedFuture(LoyaltyCard.builder().from(MEMBER).email(customer.email())
                        .partial(true).build());
            case "down@example.com":
                return CompletableFuture.failedFuture(new TransportException("connection refused", null, false, null));
            default:
                return CompletableFuture.completedFuture(LoyaltyCard.nonMember(customer.email()));
        }
    });
    private final WidgetEndpoint endpoint = bridge.widgetEndpoint(Secret.of(TOKEN));

    private static WidgetRequest get(String email, String authorization) {
        var request = WidgetRequest.builder().method("GET").path("/gorgias/loyalty");
        if (email != null) {
            request.putQuery("email", List.of(email));
        }
        if (authorization != null) {
            request.putHeaders("authorization", List.of(authorization));
        }
        return request.build();
    }

    private static JsonNode body(WidgetResponse response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void memberGetsTheCard() throws Exception {
        WidgetResponse response = endpoint.handle(get("john.doe@example.com", "Bearer " + TOKEN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response)).isEqualTo(Json.mapper().readTree(Json.write(MEMBER)));
    }

    @Test
    void nonMemberGets200WithMemberFalse() throws Exception {
        WidgetResponse response = endpoint.handle(get("nina@example.com", "Bearer " + TOKEN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response).path("member").asBoolean(true)).isFalse();
    }

    @Test
    void partialCardIs200WithPartialFlag() throws Exception {
        WidgetResponse response = endpoint.handle(get("partial@example.com", "Bearer " + TOKEN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response).path("_partial").asBoolean()).isTrue();
    }

    @Test
    void upstreamFailureIs502WithAJsonError() throws Exception {
        WidgetResponse response = endpoint.handle(get("down@example.com", "Bearer " + TOKEN));

        assertThat(response.status()).isEqualTo(502);
        assertThat(body(response).path("error").asText()).isEqualTo("upstream_error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer wrong-token", "Basic " + TOKEN, TOKEN,
            "Bearer " + TOKEN + "x", "Bearer bm90LWpzb24="})
    void badTokensAre401(String authorization) throws Exception {
        WidgetResponse response = endpoint.handle(get("john.doe@example.com", authorization.isEmpty() ? null : authorization));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers()).containsKey("WWW-Authenticate");
        assertThat(body(response).path("error").asText()).isEqualTo("unauthorized");
        assertThat(response.body()).doesNotContain(TOKEN);
        assertThat(bridge.lookups).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at-sign", "two@@example.com", "../etc/passwd@example.com", "a/b@example.com",
            "john@example.com\r\nX-Injected: 1", "john doe@example.com", "@example.com", "john@", "john@localhost"})
    void badEmailsAre400(String email) throws Exception {
        WidgetResponse response = endpoint.handle(get(email, "Bearer " + TOKEN));

        assertThat(response.status()).isEqualTo(400);
        assertThat(body(response).path("error").asText()).isEqualTo("invalid_request");
        assertThat(bridge.lookups).isEmpty();
    }

    @Test
    void overlongEmailIs400() {
        String email = "a".repeat(60) + "@" + "b".repeat(260) + ".com";

        assertThat(endpoint.handle(get(email, "Bearer " + TOKEN)).status()).isEqualTo(400);
    }

    @Test
    void missingEmailIs400() {
        assertThat(endpoint.handle(get(null, "Bearer " + TOKEN)).status()).isEqualTo(400);
    }

    @Test
    void keepsServingAfterEveryKindOfFailure() {
        endpoint.handle(get("john.doe@example.com", null));
        endpoint.handle(get("bad", "Bearer " + TOKEN));
        endpoint.handle(get("down@example.com", "Bearer " + TOKEN));
        endpoint.handle(get("partial@example.com", "Bearer " + TOKEN));

        assertThat(endpoint.handle(get("john.doe@example.com", "Bearer " + TOKEN)).status()).isEqualTo(200);
    }

    @Test
    void otherPathsAre404AndOtherMethodsAre405() {
        WidgetRequest wrongPath = WidgetRequest.builder().from(get("john.doe@example.com", "Bearer " + TOKEN))
                .path("/admin").build();
        WidgetRequest wrongMethod = WidgetRequest.builder().from(get("john.doe@example.com", "Bearer " + TOKEN))
                .method("DELETE").build();

        assertThat(endpoint.handle(wrongPath).status()).isEqualTo(404);
        WidgetResponse notAllowed = endpoint.handle(wrongMethod);
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.headers()).containsEntry("Allow", "GET");
    }

    @Test
    void namesFromTheTicketReachTheLookupAndAreValidated() {
        WidgetRequest named = WidgetRequest.builder().from(get("john.doe@example.com", "Bearer " + TOKEN))
                .putQuery("firstName", List.of("John")).putQuery("lastName", List.of("Doe")).build();
        WidgetRequest tooLong = WidgetRequest.builder().from(get("john.doe@example.com", "Bearer " + TOKEN))
                .putQuery("firstName", List.of("x".repeat(101))).build();

        assertThat(endpoint.handle(named).status()).isEqualTo(200);
        assertThat(bridge.lookups.get(0).firstName()).contains("John");
        assertThat(bridge.lookups.get(0).lastName()).contains("Doe");
        assertThat(endpoint.handle(tooLong).status()).isEqualTo(400);
    }

    @Test
    void connectorAccessTokenIsResolvedToItsTenant() {
        Secret loyaltyToken = Secret.of("site-token-42");
        FakeBridge tenant = new FakeBridge(c -> CompletableFuture.completedFuture(LoyaltyCard.nonMember(c.email())));
        TenantResolver resolver = token -> token.siteId().equals("42") && loyaltyToken.matches(token.loyaltyToken().reveal())
                ? Optional.of(tenant) : Optional.empty();
        WidgetEndpoint multiTenant = WidgetEndpoint.builder().tenantResolver(resolver).build();
        String good = AccessTokenCodec.encode(new AccessToken("42", loyaltyToken));
        String wrong = AccessTokenCodec.encode(new AccessToken("42", Secret.of("guess")));

        assertThat(multiTenant.handle(get("nina@example.com", "Bearer " + good)).status()).isEqualTo(200);
        assertThat(tenant.lookups).hasSize(1);
        assertThat(multiTenant.handle(get("nina@example.com", "Bearer " + wrong)).status()).isEqualTo(401);
        assertThat(multiTenant.handle(get("nina@example.com", "Bearer " + TOKEN)).status()).isEqualTo(401);
    }

    @Test
    void builderRefusesAnEndpointThatCouldAuthenticateNobody() {
        assertThatThrownBy(() -> WidgetEndpoint.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> WidgetEndpoint.builder().bridge(bridge).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> WidgetEndpoint.builder().path("gorgias")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duringRotationBothTheNewAndThePreviousTokenAreAccepted() {
        WidgetEndpoint rotating = WidgetEndpoint.builder().bridge(bridge).bearerToken(Secret.of("new-token"))
                .acceptAlso(Secret.of(TOKEN)).build();

        assertThat(rotating.handle(get("john.doe@example.com", "Bearer new-token")).status()).isEqualTo(200);
        assertThat(rotating.handle(get("john.doe@example.com", "Bearer " + TOKEN)).status()).isEqualTo(200);
        assertThat(rotating.handle(get("john.doe@example.com", "Bearer other")).status()).isEqualTo(401);
        assertThatThrownBy(() -> WidgetEndpoint.builder().tenantResolver(t -> Optional.empty())
                .acceptAlso(Secret.of(TOKEN)).build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLookupSlowerThanTheResponseTimeoutIs504() throws Exception {
        FakeBridge stuck = new FakeBridge(customer -> new CompletableFuture<>());
        WidgetEndpoint impatient = WidgetEndpoint.builder().bridge(stuck).bearerToken(Secret.of(TOKEN))
                .responseTimeout(java.time.Duration.ofMillis(50)).build();

        WidgetResponse response = impatient.handle(get("john.doe@example.com", "Bearer " + TOKEN));

        // a gateway timeout, not a bad gateway: the upstream did not fail, it did not answer in time
        assertThat(response.status()).isEqualTo(504);
        assertThat(body(response).path("error").asText()).isEqualTo("upstream_timeout");
    }

    @Test
    void servesACustomPath() {
        WidgetEndpoint custom = WidgetEndpoint.builder().bridge(bridge).bearerToken(Secret.of(TOKEN))
                .path("/loyalty/card").build();
        WidgetRequest request = WidgetRequest.builder().from(get("john.doe@example.com", "Bearer " + TOKEN))
                .path("/loyalty/card").build();

        assertThat(custom.handle(request).status()).isEqualTo(200);
        assertThat(custom.handle(get("john.doe@example.com", "Bearer " + TOKEN)).status()).isEqualTo(404);
    }

    @Test
    void aRequestNeverPrintsItsToken() {
        assertThat(get("john.doe@example.com", "Bearer " + TOKEN).toString()).doesNotContain(TOKEN);
    }

    @Test
    void headersAreMatchedWithoutRegardToCase() {
        WidgetRequest request = WidgetRequest.builder().method("GET").path("/gorgias/loyalty")
                .query(Map.of("email", List.of("john.doe@example.com")))
                .headers(Map.of("AUTHORIZATION", List.of("bearer " + TOKEN))).build();

        assertThat(endpoint.handle(request).status()).isEqualTo(200);
    }
}
