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

/** A member's tier standing as {@code GET /users/{id}/tiers} returns it; every field is optional. */
@Value.Immutable
@JsonSerialize(as = ImmutableTierStatus.class)
@JsonDeserialize(as = ImmutableTierStatus.class)
public interface TierStatus {

    /** A builder, for tests and fakes. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link TierStatus}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableTierStatus.Builder {
    }

    /** The current tier's name. */
    Optional<String> currentTier();

    /** The tier held before the current one. */
    Optional<String> previousTier();

    /** The next tier's name. */
    Optional<String> nextTier();

    /** Points still needed for the next tier, exact: its type follows the site's decimal precision (the server also spells it {@code PointsToNextTier}). */
    Optional<BigDecimal> pointsToNextTier();

    /** When the current tier was reached. */
    Optional<OffsetDateTime> tierAchieveDate();

    /** When the current tier expires. */
    Optional<OffsetDateTime> tierExpirationDate();

    /** The purchase ratio applied from this tier on. */
    Optional<BigDecimal> purchaseRatio();

    /** The purchase ratio of the current tier. */
    Optional<BigDecimal> currentTierPurchaseRatio();

    /** Amount still to spend for the next tier. */
    Optional<BigDecimal> spendAmountToNextTier();

    /** Every field the SDK does not model, as sent. */
    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
