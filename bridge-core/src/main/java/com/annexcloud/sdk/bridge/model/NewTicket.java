package com.annexcloud.sdk.bridge.model;

import org.immutables.value.Value;

/**
 * A ticket Gorgias has just created, as its {@code ticket_created} hook names it: the ticket's id and the
 * customer's email ({@code {{ticket.id}}} and {@code {{ticket.customer.email}}}).
 */
@Value.Immutable
public interface NewTicket {

    /** A new ticket from its id and its customer's email. */
    static NewTicket of(long ticketId, String email) {
        return builder().ticketId(ticketId).email(email).build();
    }

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link NewTicket}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableNewTicket.Builder {
    }

    /** Gorgias's id of the ticket (positive). */
    long ticketId();

    /** The email of the ticket's customer. */
    String email();

    /** Refuses a ticket id below 1. */
    @Value.Check
    default void check() {
        if (ticketId() < 1) {
            throw new IllegalArgumentException("ticketId must be positive");
        }
    }
}
