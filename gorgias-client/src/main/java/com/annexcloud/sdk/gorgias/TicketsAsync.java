package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.gorgias.model.Tag;
import com.annexcloud.sdk.gorgias.model.Ticket;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Tickets} without blocking, reached through {@code GorgiasClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Tickets} documents.
 */
public interface TicketsAsync {

    /** {@link Tickets#get(long)} without blocking. */
    CompletableFuture<Ticket> get(long id);

    /** {@link Tickets#tags(long)} without blocking. */
    CompletableFuture<List<Tag>> tags(long id);

    /** {@link Tickets#addTags(long, List)} without blocking; arguments are checked before the future is made. */
    CompletableFuture<Void> addTags(long id, List<String> names);

    /** {@link Tickets#setPriority(long, TicketPriority)} without blocking. */
    CompletableFuture<Ticket> setPriority(long id, TicketPriority priority);
}
