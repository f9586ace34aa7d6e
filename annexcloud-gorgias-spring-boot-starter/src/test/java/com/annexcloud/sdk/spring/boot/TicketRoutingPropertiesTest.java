package com.annexcloud.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.sandbox.Sandbox;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code loyalty.routing.*} reaches the endpoint's routing hook, on the shared sandbox. */
class TicketRoutingPropertiesTest {
    private static final String GOLD = "amelia.silva@example.com";

    @BeforeEach
    void reset() {
        Sandbox.shared().reset();
    }

    private static WidgetResponse route(WidgetEndpoint endpoint, long ticket) {
        return endpoint.handle(WidgetRequest.builder().method("POST").path(WidgetEndpoint.DEFAULT_PATH + WidgetEndpoint.ROUTE_PATH)
                .putHeaders("Authorization", List.of("Bearer " + SandboxContexts.BRIDGE_TOKEN))
                .body("{\"ticket_id\": \"" + ticket + "\", \"email\": \"" + GOLD + "\"}").build());
    }

    @Test
    void theHookIsOnWithTheDefaultTagsAndTakesTheMappingFromProperties() {
        long first = Sandbox.shared().gorgias().createTicket(GOLD, "Hello");
        SandboxContexts.onSandbox().run(context -> assertThat(Json.mapper().readTree(route(context.getBean(WidgetEndpoint.class), first).body()))
                .isEqualTo(Json.mapper().readTree("{\"tagged\":true,\"tag\":\"loyalty-gold\",\"added\":true}")));

        long second = Sandbox.shared().gorgias().createTicket(GOLD, "Hello again");
        SandboxContexts.onSandbox().withPropertyValues("loyalty.routing.tier-tags.gold=vip-gold",
                "loyalty.routing.tier-priorities.gold=high").run(context -> {
            assertThat(Json.mapper().readTree(route(context.getBean(WidgetEndpoint.class), second).body()))
                    .isEqualTo(Json.mapper().readTree("{\"tagged\":true,\"tag\":\"vip-gold\",\"added\":true,\"priority\":\"high\"}"));
            assertThat(Sandbox.shared().gorgias().ticket(second).orElseThrow().path("priority").asText()).isEqualTo("high");
        });
    }

    /** Off, an installed hook is still answered 200, so Gorgias never counts its calls as failures (was 404). */
    @Test
    void theHookCanBeTurnedOffAndIsOffWithoutGorgias() {
        String off = "{\"tagged\":false,\"reason\":\"routing_off\"}";
        SandboxContexts.onSandbox().withPropertyValues("loyalty.routing.enabled=false").run(context ->
                assertThat(route(context.getBean(WidgetEndpoint.class), 1)).satisfies(answer -> {
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.body()).isEqualTo(off);
                }));
        SandboxContexts.annexCloudOnly().run(context ->
                assertThat(route(context.getBean(WidgetEndpoint.class), 1).body()).isEqualTo(off));
    }

    @Test
    void ideCompletionMetadataDescribesTheRoutingProperties() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"loyalty.routing.enabled\"",
                    "\"loyalty.routing.tier-tags\"", "\"loyalty.routing.tier-priorities\"", "\"loyalty.routing.tag-unmapped-tiers\"");
        }
    }

    @Test
    void aBadPriorityFailsStartupNamingTheProperty() {
        SandboxContexts.onSandbox().withPropertyValues("loyalty.routing.tier-priorities.gold=urgent").run(context ->
                assertThat(context).getFailure().hasMessageContaining("loyalty.routing is invalid")
                        .hasMessageContaining("critical or high"));
    }
}
