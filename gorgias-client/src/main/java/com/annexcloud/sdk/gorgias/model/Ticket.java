package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.GorgiasDateTimes;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gorgias ticket as {@code GET /api/tickets/{id}} returns it (the reference's Ticket object), read
 * tolerantly: every field but {@link #id()} may be absent, and the many fields this SDK does not model
 * ({@code messages}, {@code channel}, {@code assignee_user}, …) are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTicket.class)
@JsonDeserialize(as = ImmutableTicket.class)
public abstract class Ticket {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Ticket}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableTicket.Builder {
    }

    /** Gorgias's id of the ticket. */
    public abstract long id();

    /** The customer the ticket is with (its {@code id}, {@code email}, names and {@code integrations}). */
    public abstract Optional<Customer> customer();

    /** The ticket's tags. */
    public abstract List<Tag> tags();

    /** The ticket's priority ({@code normal} for a new ticket). */
    public abstract Optional<TicketPriority> priority();

    /** The ticket's status, such as {@link TicketStatus#OPEN}. */
    public abstract Optional<TicketStatus> status();

    /** The ticket's subject. */
    public abstract Optional<String> subject();

    /** When the ticket was created. */
    @JsonProperty("created_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> createdDatetime();

    /** Whether the ticket carries a tag of exactly this name (tag names are case-sensitive). */
    public final boolean hasTag(String name) {
        return tags().stream().anyMatch(tag -> tag.name().equals(name));
    }

    /** Fields this SDK does not model, kept as sent. */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();
}
