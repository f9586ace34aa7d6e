package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.gorgias.model.TicketPriority;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What routing did to a new ticket, and the routing hook's JSON answer: {@code {"tagged":true,"tag":"loyalty-gold",
 * "added":true}} when the ticket carries its tier's tag ({@code added} left out when it had it already), with the
 * {@code priority} this call set; {@code {"tagged":false,"reason":"not_a_member"}} when it was left alone.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoutingOutcome.class)
@JsonPropertyOrder({"tagged", "tag", "added", "priority", "reason"})
public interface RoutingOutcome {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link RoutingOutcome}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableRoutingOutcome.Builder {
    }

    /** The ticket was left alone, for this reason. */
    static RoutingOutcome untagged(Reason reason) {
        return builder().tagged(false).reason(reason).build();
    }

    /** Why a ticket was left alone. */
    enum Reason {
        /** The customer is not a loyalty member. */
        NOT_A_MEMBER,
        /** The hook named no customer email (a ticket from a channel without one). */
        NO_EMAIL,
        /** The member holds no tier. */
        NO_TIER,
        /** The member's tier could not be read (the card is partial). */
        TIER_UNAVAILABLE,
        /** The tier has no tag in the routing configuration. */
        TIER_NOT_MAPPED,
        /** The ticket's customer has another email than the hook named, or none (or there is no customer): nothing is written. */
        CUSTOMER_MISMATCH,
        /** Gorgias has no such ticket. */
        TICKET_NOT_FOUND,
        /** Annex Cloud or Gorgias failed, or routing failed otherwise (the endpoint's answer; the call itself fails with the exception). */
        UPSTREAM_ERROR,
        /** Routing did not finish within the endpoint's response timeout (it may still finish later). */
        TIMEOUT,
        /** The endpoint's routing is off ({@link TicketRouting#off()}): the hook is answered, nothing is read or written. */
        ROUTING_OFF;

        /** The code in JSON, such as {@code not_a_member}. */
        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the ticket carries its tier's tag now. */
    boolean tagged();

    /** The tier's tag. */
    Optional<String> tag();

    /** Whether this call added the tag (false when the ticket had it already). */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    default boolean added() {
        return false;
    }

    /** The priority this call set. */
    Optional<TicketPriority> priority();

    /** Why the ticket was left alone. */
    Optional<Reason> reason();
}
