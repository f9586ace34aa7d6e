package com.annexcloud.sdk.bridge.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a ticket is about, as Gorgias can template it into the widget URL: the email, and the names
 * an implicit enrolment gives the new member when they are known.
 */
@Value.Immutable
public interface TicketCustomer {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link TicketCustomer}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableTicketCustomer.Builder {
    }

    /** A customer known only by email. */
    static TicketCustomer of(String email) {
        return builder().email(email).build();
    }

    /** The customer's email, also the loyalty member id. */
    String email();

    /** First name, when known. */
    Optional<String> firstName();

    /** Last name, when known. */
    Optional<String> lastName();
}
