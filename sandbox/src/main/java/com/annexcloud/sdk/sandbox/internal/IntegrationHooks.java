package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.IntegrationCall;
import com.annexcloud.sdk.sandbox.IntegrationCaller;
import com.annexcloud.sdk.sandbox.IntegrationReply;
import com.annexcloud.sdk.sandbox.IntegrationRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Calls the HTTP integrations a ticket event triggers, as Gorgias does: every active ({@code
 * deactivated_datetime} null) {@code http} integration whose {@code http.triggers} has the event set to true,
 * spelt {@code ticket_created} as in the reference's Integration object or {@code ticket-created}. The URL,
 * header values and body form are rendered over {@code {"ticket": …}}, the ticket as Gorgias's
 * TicketHttpIntegration object plus its customer ({@link TicketViews#httpIntegrationContext}); a header that is
 * not valid HTTP is a failure naming it, never quoting its value. A method other than {@code GET}
 * or {@code HEAD} sends the form in the integration's request content type. A JSON object answered with a 2xx
 * is kept as the customer's {@code integrations.<id>}. Each call is recorded; a failure (no reply, or a status
 * other than 2xx) is recorded and never fails the event, and after {@value #FAILURES_BEFORE_DEACTIVATION}
 * consecutive failures the integration is deactivated, as Gorgias's help on broken HTTP integrations says, and
 * once reactivated it counts again from 0. Calls run in the caller's thread, outside every lock, so an
 * integration may call the emulator back.
 */
final class IntegrationHooks {
    static final String TICKET_CREATED = "ticket_created";
    static final String TICKET_MESSAGE_CREATED = "ticket_message_created";
    static final int FAILURES_BEFORE_DEACTIVATION = 100;
    private static final Set<String> BODILESS = Set.of("GET", "HEAD");

    private final GorgiasApps apps;
    private final TicketBook tickets;
    private final IntegrationCaller caller;
    private final List<IntegrationCall> calls = new ArrayList<>();
    private final Map<Long, Integer> consecutiveFailures = new LinkedHashMap<>();

    IntegrationHooks(GorgiasApps apps, TicketBook tickets, IntegrationCaller caller) {
        this.apps = apps;
        this.tickets = tickets;
        this.caller = caller;
    }

    /** Calls every integration the event triggers for this ticket. */
    void fire(String trigger, long ticketId) {
        for (JsonNode integration : apps.integrations()) {
            if (triggers(integration, trigger)) {
                tickets.view(ticketId).ifPresent(ticket -> record(call(request(integration, trigger, ticket)),
                        tickets.customerOf(ticketId).orElseThrow()));
            }
        }
    }

    /** Every call made since the last reset, oldest first. */
    synchronized List<IntegrationCall> calls() {
        return List.copyOf(calls);
    }

    synchronized void clear() {
        calls.clear();
        consecutiveFailures.clear();
    }

    private static boolean triggers(JsonNode integration, String trigger) {
        JsonNode http = integration.path("http");
        JsonNode triggers = http.path("triggers");
        boolean active = integration.path("deactivated_datetime").isNull() || integration.path("deactivated_datetime").isMissingNode();
        return active && http.isObject() && (triggers.path(trigger).asBoolean(false)
                || triggers.path(trigger.replace('_', '-')).asBoolean(false));
    }

    private static IntegrationRequest request(JsonNode integration, String trigger, ObjectNode ticket) {
        JsonNode http = integration.path("http");
        ObjectNode context = JsonBody.MAPPER.createObjectNode();
        context.set("ticket", TicketViews.httpIntegrationContext(ticket));
        String method = http.path("method").asText("GET").toUpperCase(Locale.ROOT);
        Map<String, String> headers = new LinkedHashMap<>();
        http.path("headers").properties().forEach(header ->
                headers.put(header.getKey(), IntegrationTemplates.render(header.getValue().asText(), context)));
        Optional<String> body = Optional.empty();
        JsonNode form = http.path("form");
        if (!BODILESS.contains(method) && (form.isObject() || form.isArray())) {
            String contentType = http.path("request_content_type").asText("application/json");
            JsonNode rendered = IntegrationTemplates.renderForm(form, context);
            body = Optional.of(contentType.startsWith("application/x-www-form-urlencoded") ? urlEncoded(rendered)
                    : rendered.toString());
            if (headers.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("Content-Type"))) {
                headers.put("Content-Type", contentType);
            }
        }
        return IntegrationRequest.builder().integrationId(integration.path("id").asLong()).trigger(trigger)
                .ticketId(ticket.path("id").asLong()).method(method)
                .url(IntegrationTemplates.renderUrl(http.path("url").asText(), context))
                .headers(headers).body(body).build();
    }

    private static String urlEncoded(JsonNode form) {
        List<String> pairs = new ArrayList<>();
        form.properties().forEach(field -> pairs.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue().isContainerNode() ? field.getValue().toString()
                : field.getValue().asText(), StandardCharsets.UTF_8)));
        return pairs.stream().collect(Collectors.joining("&"));
    }

    private IntegrationCall call(IntegrationRequest request) {
        IntegrationCall.Builder call = IntegrationCall.builder().request(request);
        Optional<String> invalidHeader = HeaderSyntax.firstInvalid(request.headers());
        if (invalidHeader.isPresent()) {
            // The JDK's own message would quote the value, which is often the bridge's token.
            call.failure("invalid header " + invalidHeader.get());
            return call.build();
        }
        try {
            call.reply(caller.call(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.failure("interrupted");
        } catch (IOException | RuntimeException e) {
            call.failure(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return call.build();
    }

    private void record(IntegrationCall call, long customerId) {
        long integrationId = call.request().integrationId();
        Optional<IntegrationReply> success = call.reply().filter(reply -> reply.status() / 100 == 2);
        success.flatMap(reply -> JsonBody.object(reply.body().getBytes(StandardCharsets.UTF_8)))
                .ifPresent(data -> tickets.storeIntegrationData(customerId, integrationId, data));
        boolean deactivate;
        synchronized (this) {
            calls.add(call);
            int failures = success.isPresent() ? 0 : consecutiveFailures.getOrDefault(integrationId, 0) + 1;
            deactivate = failures == FAILURES_BEFORE_DEACTIVATION;
            // a reactivated integration counts its failures from 0 again
            consecutiveFailures.put(integrationId, deactivate ? 0 : failures);
        }
        if (deactivate) {
            apps.deactivate(integrationId);
        }
    }
}
