package com.annexcloud.sdk.loyalty.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of a member's points history ({@code GET /users/{id}/activity}); the server's other fields are kept in {@link #additionalProperties()}. */
@Value.Immutable
@JsonSerialize(as = ImmutableActivityEntry.class)
@JsonDeserialize(as = ImmutableActivityEntry.class)
public interface ActivityEntry {

    /** A builder, for tests and fakes. */
    static ImmutableActivityEntry.Builder builder() {
        return ImmutableActivityEntry.builder();
    }

    /** The action that caused the entry, such as {@code "100"}. */
    Optional<String> actionId();

    /** {@code CREDIT} or {@code DEBIT}. */
    Optional<String> activity();

    /** Points credited. */
    Optional<Long> credit();

    /** Points debited. */
    Optional<Long> debit();

    /** Why the points changed. */
    Optional<String> reason();

    /** The order the entry belongs to. */
    Optional<String> orderId();

    /** The entry's status, as the server words it. */
    Optional<String> status();

    /** When the entry was made. */
    Optional<OffsetDateTime> createDate();

    /** Every field the SDK does not model, as sent. */
    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
