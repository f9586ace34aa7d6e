package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.gorgias.TicketsAsync;
import com.annexcloud.sdk.gorgias.model.Tag;
import com.annexcloud.sdk.gorgias.model.Ticket;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link TicketsAsync} over the HTTP pipeline. Adding tags is sent as retry-safe: a ticket holds a tag once
 * (assumed, docs/vendor-facts-agent-workflow.md), so a resend after a lost answer adds nothing.
 */
final class HttpTickets implements TicketsAsync {
    private static final String TICKETS = "/tickets";
    private static final int MAX_TAG_NAME = 256;

    private final ResourceCalls calls;
    private final Exchange exchange;

    HttpTickets(ResourceCalls calls, Exchange exchange) {
        this.calls = calls;
        this.exchange = exchange;
    }

    @Override
    public CompletableFuture<Ticket> get(long id) {
        return calls.read(exchange, PipelineRequest.get(ResourceCalls.itemPath(TICKETS, id), Map.of()), Ticket.class);
    }

    @Override
    public CompletableFuture<List<Tag>> tags(long id) {
        return calls.page(exchange, tagsPath(id), Map.of(), Tag.class).thenApply(ListEnvelope::data);
    }

    @Override
    public CompletableFuture<Void> addTags(long id, List<String> names) {
        String path = tagsPath(id);
        List<String> checked = List.copyOf(Checks.requireNonNull(names, "names"));
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("names must hold at least one tag name");
        }
        checked.forEach(name -> {
            if (name.isBlank() || name.length() > MAX_TAG_NAME) {
                throw new IllegalArgumentException("a tag name must be 1 to " + MAX_TAG_NAME + " characters, not blank");
            }
        });
        byte[] body = Json.write(Map.of("names", checked));
        return calls.discard(exchange, new PipelineRequest("POST", path, Map.of(), body, null, true));
    }

    @Override
    public CompletableFuture<Ticket> setPriority(long id, TicketPriority priority) {
        String path = ResourceCalls.itemPath(TICKETS, id);
        Checks.requireNonNull(priority, "priority");
        return calls.read(exchange, ResourceCalls.put(path, Map.of("priority", priority.value())), Ticket.class);
    }

    private static String tagsPath(long id) {
        return ResourceCalls.itemPath(TICKETS, id) + "/tags";
    }
}
