package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Gorgias emulator calling HTTP integrations on ticket events, in-process through a recording {@link
 * IntegrationCaller}. The integrations are in the shape of Gorgias's Integration object (developers.gorgias.com,
 * "The Integration object": {@code http.url} and {@code http.form} with {@code {{ticket.customer.email}}} and
 * {@code {{ticket.id}}}, {@code triggers} keyed {@code ticket_created}, {@code ticket_message_created}); the older
 * {@code ticket-created} spelling fires too. What Gorgias stores of the answer ({@code
 * customer.integrations.<id>}) is from the integration document and Gorgias's Ticket object example.
 */
class IntegrationHooksTest {
    private final List<IntegrationRequest> sent = new CopyOnWriteArrayList<>();
    private final AtomicReference<IntegrationReply> reply =
            new AtomicReference<>(IntegrationReply.of(200, "{\"member\":true,\"points\":{\"available\":6656}}"));
    private final Sandbox sandbox = Sandbox.builder().gorgiasIntegrationCaller(request -> {
        sent.add(request);
        IntegrationReply answer = reply.get();
        if (answer == null) {
            throw new ConnectException("Connection refused");
        }
        return answer;
    }).start();
    private final GorgiasCalls gorgias = new GorgiasCalls(sandbox.gorgias());

    @AfterEach
    void close() {
        sandbox.close();
    }

    private long integration(String http) {
        return gorgias.createdId("/integrations", "{\"name\":\"Loyalty\",\"type\":\"http\",\"http\":{"
                + http + ",\"request_content_type\":\"application/json\",\"response_content_type\":\"application/json\"}}");
    }

    private long hook(String triggers) {
        return integration("\"url\":\"https://bridge.example/route?email={{ticket.customer.email}}\",\"method\":\"POST\","
                + "\"headers\":{\"Authorization\":\"Bearer bridge-token\",\"X-Ticket\":\"{{ticket.id}}\"},"
                + "\"form\":{\"ticket_id\":\"{{ticket.id}}\",\"email\":\"{{ticket.customer.email}}\",\"hello\":\"world\"},"
                + "\"triggers\":" + triggers);
    }

    @Test
    void aNewTicketCallsTheIntegrationWithItsTemplatesRendered() {
        long integration = hook("{\"ticket_created\":true}");

        long ticket = sandbox.gorgias().createTicket("jo+vip@example.com", "Hello");

        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.integrationId()).isEqualTo(integration);
            assertThat(request.trigger()).isEqualTo("ticket_created");
            assertThat(request.ticketId()).isEqualTo(ticket);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.url()).isEqualTo("https://bridge.example/route?email=jo%2Bvip%40example.com");
            assertThat(request.headers()).containsEntry("Authorization", "Bearer bridge-token")
                    .containsEntry("X-Ticket", Long.toString(ticket))
                    .containsEntry("Content-Type", "application/json");
            JsonNode body = json(request.body().orElseThrow());
            assertThat(body.path("ticket_id").asText()).isEqualTo(Long.toString(ticket));
            assertThat(body.path("email").asText()).isEqualTo("jo+vip@example.com");
            assertThat(body.path("hello").asText()).isEqualTo("world");
            assertThat(request.toString()).doesNotContain("bridge-token");
        });
        assertThat(sandbox.gorgias().integrationCalls()).singleElement()
                .satisfies(call -> assertThat(call.reply()).contains(reply.get()));
    }

    @Test
    void theIntegrationsAnswerIsShownOnTheTicketsCustomerUnderItsId() {
        long integration = hook("{\"ticket_created\":true}");

        long ticket = sandbox.gorgias().createTicket("jo@example.com", "Hello");

        JsonNode data = sandbox.gorgias().ticket(ticket).orElseThrow().path("customer").path("integrations")
                .path(Long.toString(integration));
        assertThat(data.path("points").path("available").asInt()).isEqualTo(6656);
    }

    @Test
    void theOlderHyphenSpellingOfATriggerFiresToo() {
        hook("{\"ticket-created\":true}");

        sandbox.gorgias().createTicket("jo@example.com", "Hello");

        assertThat(sent).hasSize(1);
    }

    @Test
    void onlyActiveIntegrationsWithTheEventsTriggerAreCalled() {
        hook("{\"ticket_created\":false,\"ticket_updated\":true}");
        long deactivated = hook("{\"ticket_created\":true}");
        gorgias.send("PUT", "/integrations/" + deactivated, "{\"deactivated_datetime\":\"2026-01-01T00:00:00+00:00\"}");
        long messages = hook("{\"ticket_message_created\":true}");

        long ticket = sandbox.gorgias().createTicket("jo@example.com", "Hello");
        assertThat(sent).isEmpty();

        sandbox.gorgias().addCustomerMessage(ticket, "Any news?");
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.integrationId()).isEqualTo(messages);
            assertThat(request.trigger()).isEqualTo("ticket_message_created");
        });
    }

    @Test
    void aFailingIntegrationNeverFailsTheTicketAndIsRecorded() {
        hook("{\"ticket_created\":true}");
        reply.set(null);

        long ticket = sandbox.gorgias().createTicket("jo@example.com", "Hello");

        assertThat(sandbox.gorgias().ticket(ticket)).isPresent();
        assertThat(sandbox.gorgias().integrationCalls()).singleElement().satisfies(call -> {
            assertThat(call.reply()).isEmpty();
            assertThat(call.failure()).contains("ConnectException: Connection refused");
        });
    }

    @Test
    void anErrorAnswerIsRecordedAndNotShownOnTheCustomer() {
        long integration = hook("{\"ticket_created\":true}");
        reply.set(IntegrationReply.of(500, "{\"error\":\"boom\"}"));

        long ticket = sandbox.gorgias().createTicket("jo@example.com", "Hello");

        assertThat(sandbox.gorgias().integrationCalls()).singleElement()
                .satisfies(call -> assertThat(call.reply().orElseThrow().status()).isEqualTo(500));
        assertThat(sandbox.gorgias().ticket(ticket).orElseThrow().path("customer").path("integrations")
                .has(Long.toString(integration))).isFalse();
    }

    @Test
    void aHundredFailuresInARowDeactivateTheIntegrationAndASuccessResetsTheCount() {
        long integration = hook("{\"ticket_created\":true}");
        reply.set(IntegrationReply.of(503, ""));
        newTickets(99);
        reply.set(IntegrationReply.of(200, "{}"));
        newTickets(1);
        reply.set(null);
        newTickets(99);
        assertThat(deactivated(integration)).isEmpty();

        newTickets(2);

        assertThat(sent).hasSize(200);
        assertThat(deactivated(integration)).hasValueSatisfying(when -> assertThat(when).endsWith("+00:00"));

        // reactivated (gorgias.md Corrections), it is deactivated again after another 100 failures in a row
        gorgias.send("PUT", "/integrations/" + integration, "{\"deactivated_datetime\":null}");
        newTickets(99);
        assertThat(deactivated(integration)).isEmpty();

        newTickets(2);

        assertThat(sent).hasSize(300);
        assertThat(deactivated(integration)).isPresent();
    }

    private void newTickets(int count) {
        for (int i = 0; i < count; i++) {
            sandbox.gorgias().createTicket("jo@example.com", "Hello " + i);
        }
    }

    /** The integration's {@code deactivated_datetime}, empty while it is null. */
    private Optional<String> deactivated(long integration) {
        JsonNode when = gorgias.get("/integrations/" + integration).json().path("deactivated_datetime");
        return when.isNull() ? Optional.empty() : Optional.of(when.asText());
    }

    @Test
    void theTemplatesSeeTheTicketHttpIntegrationObjectAndTheCustomer() {
        // the fields of "The TicketHttpIntegration object" (developers.gorgias.com), plus ticket.customer
        integration("\"url\":\"https://bridge.example/route\",\"method\":\"POST\",\"triggers\":{\"ticket_created\":true},"
                + "\"form\":{\"customer_id\":\"{{ticket.customer_id}}\",\"customer\":\"{{ticket.customer.id}}\","
                + "\"assignee\":\"{{ticket.assignee_user_id}}\",\"status\":\"{{ticket.status}}\","
                + "\"subject\":\"{{ticket.subject}}\",\"message\":\"{{ticket.messages[-1].body_text}}\"}");

        long ticket = sandbox.gorgias().createTicket("jo@example.com", "Hello");

        long customer = sandbox.gorgias().ticket(ticket).orElseThrow().path("customer").path("id").asLong();
        JsonNode body = json(sent.get(0).body().orElseThrow());
        assertThat(body.path("customer_id").asText()).isEqualTo(Long.toString(customer));
        assertThat(body.path("customer").asText()).isEqualTo(Long.toString(customer));
        assertThat(body.path("assignee").asText()).isEmpty();
        assertThat(body.path("status").asText()).isEqualTo("open");
        assertThat(body.path("subject").asText()).isEqualTo("Hello");
        // messages are on the Ticket object, not on the TicketHttpIntegration object
        assertThat(body.path("message").asText()).isEmpty();
    }

    @Test
    void anInvalidHeaderValueIsRecordedByNameNeverByValue() {
        // A token read from a file with its trailing newline; the JDK's own exception would quote it whole.
        integration("\"url\":\"https://bridge.example/route\",\"headers\":{\"Authorization\":\"Bearer x\\n\"},"
                + "\"triggers\":{\"ticket_created\":true}");

        sandbox.gorgias().createTicket("jo@example.com", "Hello");

        assertThat(sent).isEmpty();
        IntegrationCall call = sandbox.gorgias().integrationCalls().get(0);
        assertThat(call.failure()).contains("invalid header Authorization");
        assertThat(call.failure().orElseThrow()).doesNotContain("Bearer").doesNotContain("x");
        assertThat(call.toString()).doesNotContain("Bearer");
    }

    @Test
    void theDefaultCallerRefusesAnInvalidHeaderWithoutItsValue() {
        IntegrationCaller caller = IntegrationCaller.loopbackHttp(Duration.ofSeconds(5));
        IntegrationRequest request = IntegrationRequest.builder().integrationId(1).trigger("ticket_created").ticketId(2)
                .method("GET").url("http://127.0.0.1:9/hook").putHeaders("Authorization", "Bearer s3cr3t\n").build();

        assertThatThrownBy(() -> caller.call(request)).isInstanceOf(IOException.class)
                .hasMessage("invalid header Authorization");
    }

    @Test
    @Timeout(30)
    void aHookThatStallsAfterItsHeadersIsCutOffAtTheTimeOut() throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Sandbox bounded = Sandbox.builder().gorgiasIntegrationCaller(IntegrationCaller.loopbackHttp(Duration.ofMillis(300)))
                     .start()) {
            CountDownLatch done = new CountDownLatch(1);
            Thread stall = new Thread(() -> stallAfterTheHeaders(server, done));
            stall.start();
            try {
                new GorgiasCalls(bounded.gorgias()).send("POST", "/integrations", "{\"name\":\"Slow\",\"http\":{"
                        + "\"url\":\"http://127.0.0.1:" + server.getLocalPort() + "/hook\",\"triggers\":{\"ticket_created\":true},"
                        + "\"request_content_type\":\"application/json\",\"response_content_type\":\"application/json\"}}");

                long ticket = bounded.gorgias().createTicket("jo@example.com", "Hello");

                assertThat(bounded.gorgias().ticket(ticket)).isPresent();
                assertThat(bounded.gorgias().integrationCalls()).singleElement()
                        .satisfies(call -> assertThat(call.failure()).hasValueSatisfying(failure ->
                                assertThat(failure).startsWith("HttpTimeoutException")));
            } finally {
                done.countDown();
                stall.join();
            }
        }
    }

    /** Answers one request with its headers and 1 of 100 announced body bytes, then holds the connection until done. */
    private static void stallAfterTheHeaders(ServerSocket server, CountDownLatch done) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
            }
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            done.await();
        } catch (IOException e) {
            // the client gave up and closed the connection: what the test expects
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aGetSendsNoBodyAndAFormContentTypeSendsPairs() {
        integration("\"url\":\"https://bridge.example/card?email={{ticket.customer.email}}\",\"method\":\"GET\","
                + "\"form\":{\"a\":\"b\"},\"triggers\":{\"ticket_created\":true}");
        gorgias.send("POST", "/integrations", "{\"name\":\"Form\",\"http\":{\"url\":\"https://bridge.example/f\","
                + "\"method\":\"POST\",\"form\":{\"ticket\":\"{{ticket.id}}\",\"who\":\"{{ticket.customer.email}}\"},"
                + "\"triggers\":{\"ticket_created\":true},\"request_content_type\":\"application/x-www-form-urlencoded\","
                + "\"response_content_type\":\"application/json\"}}");

        long ticket = sandbox.gorgias().createTicket("jo@example.com", "Hello");

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).body()).isEmpty();
        assertThat(sent.get(0).headers()).doesNotContainKey("Content-Type");
        assertThat(sent.get(1).body()).contains("ticket=" + ticket + "&who=jo%40example.com");
        assertThat(sent.get(1).headers()).containsEntry("Content-Type", "application/x-www-form-urlencoded");
    }

    @Test
    void aResetForgetsTheCalls() {
        hook("{\"ticket_created\":true}");
        sandbox.gorgias().createTicket("jo@example.com", "Hello");

        sandbox.reset();

        assertThat(sandbox.gorgias().integrationCalls()).isEmpty();
    }

    @Test
    void theDefaultCallerSendsRealHttpToThisMachine() throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicReference<String> received = new AtomicReference<>();
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                received.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + new String(in.readAllBytes(), StandardCharsets.UTF_8));
                byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                out.write(answer);
            }
        });
        server.start();
        try {
            IntegrationReply answer = IntegrationCaller.loopbackHttp(Duration.ofSeconds(5)).call(IntegrationRequest.builder()
                    .integrationId(1).trigger("ticket_created").ticketId(2).method("POST")
                    .url("http://127.0.0.1:" + server.getAddress().getPort() + "/hook?email=a%40b.c")
                    .putHeaders("Authorization", "Bearer t").putHeaders("Content-Type", "application/json")
                    .body("{\"ticket_id\":\"2\"}").build());

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"ok\":true}");
            assertThat(received.get()).isEqualTo("POST /hook?email=a%40b.c Bearer t {\"ticket_id\":\"2\"}");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theDefaultCallerNeverLeavesTheMachine() {
        Sandbox defaults = Sandbox.builder().start();
        try {
            GorgiasCalls api = new GorgiasCalls(defaults.gorgias());
            api.send("POST", "/integrations", "{\"name\":\"Out\",\"http\":{\"url\":\"https://bridge.example/route\","
                    + "\"triggers\":{\"ticket_created\":true},\"request_content_type\":\"application/json\","
                    + "\"response_content_type\":\"application/json\"}}");

            defaults.gorgias().createTicket("jo@example.com", "Hello");

            assertThat(defaults.gorgias().integrationCalls()).singleElement().satisfies(call -> assertThat(call.failure())
                    .contains("IOException: the sandbox calls only http(s) URLs on loopback hosts, not https://bridge.example"));
        } finally {
            defaults.close();
        }
    }

    private static JsonNode json(String text) {
        try {
            return HttpResult.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
