package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.Tickets;
import com.annexcloud.sdk.gorgias.model.Tag;
import com.annexcloud.sdk.gorgias.model.Ticket;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import java.util.List;

/** The blocking {@link Tickets}: each operation of {@link HttpTickets}, run on a blocking exchange and awaited. */
record BlockingTickets(HttpTickets ops) implements Tickets {

    @Override
    public Ticket get(long id) {
        return Futures.await(ops.get(id));
    }

    @Override
    public List<Tag> tags(long id) {
        return Futures.await(ops.tags(id));
    }

    @Override
    public void addTags(long id, List<String> names) {
        Futures.await(ops.addTags(id, names));
    }

    @Override
    public Ticket setPriority(long id, TicketPriority priority) {
        return Futures.await(ops.setPriority(id, priority));
    }
}
