package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.NewTicket;
import com.annexcloud.sdk.bridge.model.RoutingOutcome;
import com.annexcloud.sdk.bridge.model.RoutingOutcome.Reason;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.bridge.model.TierSummary;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasNotFoundException;
import com.annexcloud.sdk.gorgias.TicketsAsync;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.Ticket;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Tags a member's new ticket with its tier: the card first (so a non-member's ticket costs no Gorgias call),
 * then one read of the ticket (its customer, tags and priority), then only the writes still missing: the tag
 * when the ticket lacks it, the priority when the ticket still has Gorgias's default {@code normal}. It never
 * removes a tag or lowers a priority an agent or rule set. Concurrent calls with the same inputs (ticket, email
 * and routing) share one run, so repeated hooks make one write; a call with other inputs is judged on its own.
 */
final class TicketRouter {
    private final Function<TicketCustomer, CompletableFuture<LoyaltyCard>> cards;
    private final GorgiasClient gorgias;
    private final SingleFlight<Flight, RoutingOutcome> flights = new SingleFlight<>();

    /** What makes two calls the same: the ticket, the email (as {@link EmailAddress#key} compares it) and the routing. */
    private record Flight(long ticketId, String email, TicketRouting routing) {
    }

    /** Routes with {@code cards} (a lookup that never enrols) and the Gorgias client's tickets, without blocking. */
    TicketRouter(Function<TicketCustomer, CompletableFuture<LoyaltyCard>> cards, GorgiasClient gorgias) {
        this.cards = cards;
        this.gorgias = gorgias;
    }

    CompletableFuture<RoutingOutcome> route(NewTicket ticket, TicketRouting routing) {
        String email = EmailAddress.validate(ticket.email());
        return flights.run(new Flight(ticket.ticketId(), EmailAddress.key(email), routing), () -> cards.apply(TicketCustomer.of(email))
                .thenCompose(card -> {
                    if (!card.member()) {
                        return done(RoutingOutcome.untagged(Reason.NOT_A_MEMBER));
                    }
                    Optional<String> tier = card.tier().flatMap(TierSummary::current);
                    if (tier.isEmpty()) {
                        return done(RoutingOutcome.untagged(card.partial() ? Reason.TIER_UNAVAILABLE : Reason.NO_TIER));
                    }
                    Optional<String> tag = routing.tagFor(tier.get());
                    if (tag.isEmpty()) {
                        return done(RoutingOutcome.untagged(Reason.TIER_NOT_MAPPED));
                    }
                    return mark(ticket.ticketId(), email, tag.get(), routing.priorityFor(tier.get()));
                }));
    }

    private CompletableFuture<RoutingOutcome> mark(long id, String email, String tag, Optional<TicketPriority> priority) {
        TicketsAsync tickets = gorgias.async().tickets();
        return tickets.get(id).thenCompose(ticket -> {
            // A ticket without a customer email (chat, phone) cannot be checked against the caller's email: never written.
            boolean sameCustomer = ticket.customer().flatMap(Customer::email).map(email::equalsIgnoreCase).orElse(false);
            if (!sameCustomer) {
                return done(RoutingOutcome.untagged(Reason.CUSTOMER_MISMATCH));
            }
            boolean add = !ticket.hasTag(tag);
            CompletableFuture<Void> tagged = add ? tickets.addTags(id, List.of(tag)) : done(null);
            Optional<TicketPriority> raise = priority.filter(wanted -> stillDefault(ticket) && !ticket.priority().equals(Optional.of(wanted)));
            return tagged.thenCompose(ignored -> raise.isPresent() ? tickets.setPriority(id, raise.get()) : done(null))
                    .thenApply(ignored -> RoutingOutcome.builder().tagged(true).tag(tag).added(add).priority(raise).build());
        }).exceptionally(failure -> {
            if (Futures.unwrap(failure) instanceof GorgiasNotFoundException) {
                return RoutingOutcome.untagged(Reason.TICKET_NOT_FOUND);
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
        });
    }

    /** Whether the ticket has the priority Gorgias gives a new one (or none): only then is it raised. */
    private static boolean stillDefault(Ticket ticket) {
        return ticket.priority().map(TicketPriority.NORMAL::equals).orElse(true);
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
