package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Gorgias emulator's tickets, their messages and tags, the account's tags, and what HTTP integrations
 * answered for each customer (shown at {@code ticket.customer.integrations.<id>}, as Gorgias stores it). Tag
 * names are case-sensitive, as the Tag reference says; a ticket holds each tag once. Synchronized; views
 * are rendered as {@link TicketViews} describes.
 */
final class TicketBook {
    private static final long FIRST_TICKET_ID = 4_001L;
    private static final long FIRST_TAG_ID = 5_001L;
    private static final long FIRST_MESSAGE_ID = 6_001L;

    /** A tag of the account. */
    record Tag(long id, String name, OffsetDateTime created) {
    }

    /** A message of a ticket. */
    record Message(long id, String bodyText, boolean fromAgent, OffsetDateTime created) {
    }

    /** A ticket; its state changes only under the book's lock. */
    static final class Ticket {
        final long id;
        final long customerId;
        final String subject;
        final OffsetDateTime created;
        final List<Message> messages = new ArrayList<>();
        final Set<Long> tagIds = new LinkedHashSet<>();
        String status = "open";
        String priority = "normal";
        OffsetDateTime updated;
        OffsetDateTime closed;

        private Ticket(long id, long customerId, String subject, OffsetDateTime created) {
            this.id = id;
            this.customerId = customerId;
            this.subject = subject;
            this.created = created;
            this.updated = created;
        }
    }

    private final Clock clock;
    private final CustomerBook customers;
    private final Map<Long, Ticket> tickets = new LinkedHashMap<>();
    private final Map<String, Tag> tagsByName = new LinkedHashMap<>();
    private final Map<Long, Map<Long, JsonNode>> integrationData = new LinkedHashMap<>();
    private long nextTicketId = FIRST_TICKET_ID;
    private long nextTagId = FIRST_TAG_ID;
    private long nextMessageId = FIRST_MESSAGE_ID;

    TicketBook(Clock clock, CustomerBook customers) {
        this.clock = clock;
        this.customers = customers;
    }

    /** Forgets every ticket, tag and integration answer, and starts ids again. */
    synchronized void clear() {
        tickets.clear();
        tagsByName.clear();
        integrationData.clear();
        nextTicketId = FIRST_TICKET_ID;
        nextTagId = FIRST_TAG_ID;
        nextMessageId = FIRST_MESSAGE_ID;
    }

    /**
     * A new open ticket with the customer's first message; the customer with that email, created when there
     * is none (as Gorgias does for a new sender).
     */
    long create(String email, String message) {
        SandboxCustomer customer = customers.byEmail(email)
                .orElseGet(() -> customers.put(SandboxCustomer.builder().email(email).build()));
        synchronized (this) {
            OffsetDateTime now = Timestamps.gorgiasNow(clock);
            String subject = message.lines().findFirst().orElse("").strip();
            Ticket ticket = new Ticket(nextTicketId++, customer.id().orElseThrow(),
                    subject.length() > 80 ? subject.substring(0, 80) : subject, now);
            ticket.messages.add(new Message(nextMessageId++, message, false, now));
            tickets.put(ticket.id, ticket);
            return ticket.id;
        }
    }

    /** Adds a customer message to a ticket; false when there is no such ticket. */
    synchronized boolean addCustomerMessage(long ticketId, String message) {
        Ticket ticket = tickets.get(ticketId);
        if (ticket == null) {
            return false;
        }
        OffsetDateTime now = Timestamps.gorgiasNow(clock);
        ticket.messages.add(new Message(nextMessageId++, message, false, now));
        ticket.updated = now;
        return true;
    }

    /**
     * Changes a ticket under the lock, then answers its view; empty when there is no such ticket. Its
     * {@code updated_datetime} moves only when something changed (a repeated tag add changes nothing), and
     * {@code closed_datetime} follows its status.
     */
    synchronized Optional<ObjectNode> change(long ticketId, Consumer<Ticket> change) {
        Ticket ticket = tickets.get(ticketId);
        if (ticket == null) {
            return Optional.empty();
        }
        ObjectNode before = view(ticket);
        change.accept(ticket);
        if (!view(ticket).equals(before)) {
            OffsetDateTime now = Timestamps.gorgiasNow(clock);
            ticket.updated = now;
            if (!"closed".equals(ticket.status)) {
                ticket.closed = null;
            } else if (ticket.closed == null) {
                ticket.closed = now;
            }
        }
        return Optional.of(view(ticket));
    }

    /** The ticket as {@code GET /api/tickets/{id}} answers it. */
    synchronized Optional<ObjectNode> view(long ticketId) {
        return Optional.ofNullable(tickets.get(ticketId)).map(this::view);
    }

    /** Whether there is a ticket with this id. */
    synchronized boolean exists(long ticketId) {
        return tickets.containsKey(ticketId);
    }

    /** The ticket's customer id, if the ticket exists. */
    synchronized Optional<Long> customerOf(long ticketId) {
        return Optional.ofNullable(tickets.get(ticketId)).map(ticket -> ticket.customerId);
    }

    /** The ticket's tags as {@code GET /api/tickets/{id}/tags} lists them. */
    synchronized Optional<ArrayNode> tagsOf(long ticketId) {
        return Optional.ofNullable(tickets.get(ticketId)).map(ticket -> tags(ticket, true));
    }

    /** The tag with this name, created when there is none. Call under the lock. */
    Tag tagNamed(String name) {
        return tagsByName.computeIfAbsent(name, n -> new Tag(nextTagId++, n, Timestamps.gorgiasNow(clock)));
    }

    /** The tag with this id. Call under the lock. */
    Optional<Tag> tag(long id) {
        return tagsByName.values().stream().filter(tag -> tag.id() == id).findFirst();
    }

    /** A new tag; empty when one with this name exists. */
    synchronized Optional<ObjectNode> createTag(String name) {
        return tagsByName.containsKey(name) ? Optional.empty() : Optional.of(tagView(tagNamed(name), true));
    }

    /** Every tag of the account, oldest first. */
    synchronized List<Tag> tags() {
        return List.copyOf(tagsByName.values());
    }

    /** The tag as {@code /api/tags} shows it ({@code usage}: how many tickets carry it) or as a ticket lists it. */
    synchronized ObjectNode tagView(Tag tag, boolean full) {
        ObjectNode json = JsonBody.MAPPER.createObjectNode().put("id", tag.id()).put("name", tag.name())
                .put("uri", "/api/tags/" + tag.id() + "/");
        json.putNull("decoration");
        if (full) {
            json.putNull("description");
            json.put("usage", tickets.values().stream().filter(t -> t.tagIds.contains(tag.id())).count());
            json.put("created_datetime", Timestamps.gorgias(tag.created()));
            json.putNull("deleted_datetime");
        }
        return json;
    }

    /** Keeps what an integration answered for the customer, as Gorgias stores it on the customer. */
    synchronized void storeIntegrationData(long customerId, long integrationId, JsonNode data) {
        integrationData.computeIfAbsent(customerId, id -> new LinkedHashMap<>()).put(integrationId, data.deepCopy());
    }

    private ArrayNode tags(Ticket ticket, boolean full) {
        ArrayNode tags = JsonBody.MAPPER.createArrayNode();
        ticket.tagIds.forEach(id -> tag(id).ifPresent(tag -> tags.add(tagView(tag, full))));
        return tags;
    }

    private ObjectNode view(Ticket ticket) {
        return TicketViews.ticket(ticket, customers.get(ticket.customerId), tags(ticket, false),
                integrationData.getOrDefault(ticket.customerId, Map.of()));
    }
}
