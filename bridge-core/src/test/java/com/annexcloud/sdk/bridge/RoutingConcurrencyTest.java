package com.annexcloud.sdk.bridge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.NewTicket;
import com.annexcloud.sdk.bridge.model.RoutingOutcome;
import com.annexcloud.sdk.bridge.model.RoutingOutcome.Reason;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Futures;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gorgias may call the {@code ticket-created} hook more than once for one ticket, also at once (retries after a slow
 * answer). The ticket GET is delayed by WireMock so that every call starts while the first is in flight; the ticket,
 * the tags endpoint ({@code POST /api/tickets/{id}/tags} {@code {"names": […]}}, 201 with no body) and the member are
 * the published shapes of {@link TicketRoutingContractTest} (docs/vendor-facts-agent-workflow.md).
 */
class RoutingConcurrencyTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String MEMBER = "john@example.com";
    private static final String OTHER = "jane@example.com";
    private static final String TICKET = "{\"id\": 4001, \"priority\": \"normal\", \"channel\": \"email\","
            + " \"customer\": {\"id\": 3924, \"email\": \"john@example.com\", \"name\": \"John Doe\"}, \"tags\": []}";
    private static final String TOKEN = "bridge-token-0123456789";

    private final StubbedClients clients = new StubbedClients(wm);
    private final LoyaltyBridge bridge = clients.bridge().build();

    @AfterEach
    void close() {
        clients.close();
    }

    private static void slowTicket() {
        wm.stubFor(get("/api/tickets/4001").willReturn(AnnexStubs.json(200, TICKET).withFixedDelay(300)));
        wm.stubFor(post("/api/tickets/4001/tags").willReturn(aResponse().withStatus(201)));
    }

    @Test
    void threeConcurrentCallsMakeOneTagWriteAndAgree() {
        AnnexStubs.member(wm, MEMBER, 0);
        slowTicket();

        List<CompletableFuture<RoutingOutcome>> calls = Stream.generate(
                () -> bridge.routeTicketAsync(NewTicket.of(4001, MEMBER), TicketRouting.defaults())).limit(3).toList();

        RoutingOutcome tagged = RoutingOutcome.builder().tagged(true).tag("loyalty-silver").added(true).build();
        assertThat(calls).extracting(Futures::await).containsExactly(tagged, tagged, tagged);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/tickets/4001/tags")));
    }

    @Test
    void aConcurrentCallWithOtherInputsIsJudgedOnItsOwn() {
        AnnexStubs.member(wm, MEMBER, 0);
        AnnexStubs.nonMember(wm, OTHER);
        slowTicket();

        CompletableFuture<RoutingOutcome> member = bridge.routeTicketAsync(NewTicket.of(4001, MEMBER), TicketRouting.defaults());
        CompletableFuture<RoutingOutcome> nonMember = bridge.routeTicketAsync(NewTicket.of(4001, OTHER), TicketRouting.defaults());
        CompletableFuture<RoutingOutcome> otherMapping = bridge.routeTicketAsync(NewTicket.of(4001, MEMBER),
                TicketRouting.builder().putTierTags("Silver", "vip").build());
        CompletableFuture<RoutingOutcome> sameInputs = bridge.routeTicketAsync(NewTicket.of(4001, "JOHN@example.com"),
                TicketRouting.builder().build());

        assertThat(Futures.await(member).tag()).contains("loyalty-silver");
        assertThat(Futures.await(nonMember)).isEqualTo(RoutingOutcome.untagged(Reason.NOT_A_MEMBER));
        assertThat(Futures.await(otherMapping).tag()).contains("vip");
        assertThat(Futures.await(sameInputs)).isEqualTo(Futures.await(member)); // one run: the email's case and an equal routing
        wm.verify(2, postRequestedFor(urlEqualTo("/api/tickets/4001/tags")));
    }

    @Test
    void threeHooksOnThreeThreadsThroughTheEndpointMakeOneTagWrite() throws Exception {
        AnnexStubs.member(wm, MEMBER, 0);
        slowTicket();
        WidgetEndpoint endpoint = bridge.widgetEndpoint(Secret.of(TOKEN));
        WidgetRequest hook = WidgetRequest.builder().method("POST").path(WidgetEndpoint.DEFAULT_PATH + WidgetEndpoint.ROUTE_PATH)
                .putHeaders("Authorization", List.of("Bearer " + TOKEN))
                .body("{\"ticket_id\": \"4001\", \"email\": \"" + MEMBER + "\"}").build();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<WidgetResponse>> answers = threads.invokeAll(List.of(() -> endpoint.handle(hook),
                    () -> endpoint.handle(hook), () -> endpoint.handle(hook)));

            String tagged = "{\"tagged\":true,\"tag\":\"loyalty-silver\",\"added\":true}";
            for (Future<WidgetResponse> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
                assertThat(answer.get().body()).isEqualTo(tagged);
            }
        } finally {
            threads.shutdownNow();
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/api/tickets/4001/tags")));
    }
}
