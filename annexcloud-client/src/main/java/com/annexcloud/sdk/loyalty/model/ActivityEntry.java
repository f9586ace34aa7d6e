package com.annexcloud.sdk.loyalty.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of {@code activityDetail[]} in {@code GET /users/{id}/activity}, with the vendor's field names
 * (Annex Cloud's SAP Commerce connector and API portal); the server's other fields, such as
 * {@code pointType}, are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivityEntry.class)
@JsonDeserialize(as = ImmutableActivityEntry.class)
public interface ActivityEntry {

    /** A builder, for tests and fakes. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link ActivityEntry}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableActivityEntry.Builder {
    }

    /** The entry's own id, where the site sends one. */
    Optional<String> activityId();

    /** The action that caused the entry, such as {@code "100"} (manual) or {@code "107"} (redemption). */
    Optional<String> actionId();

    /** Credit or debit, as the server words it ({@code CREDIT}, {@code Credit}). */
    Optional<String> activity();

    /** Points credited, exact. */
    Optional<BigDecimal> credit();

    /** Points debited, exact. */
    Optional<BigDecimal> debit();

    /** What the entry is, as the site shows it. */
    Optional<String> displayText();

    /** When the entry was made. */
    Optional<OffsetDateTime> createDate();

    /** When the entry's points expire. */
    Optional<OffsetDateTime> expireDate();

    /** The reward a redemption issued. */
    Optional<String> rewardId();

    /** The code of that reward. */
    Optional<String> rewardCode();

    /** The order of the entry; no public source shows it in activity, so it is read only when present. */
    Optional<String> orderId();

    /** Every field the SDK does not model, as sent. */
    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
