package com.annexcloud.sdk.core.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A model shaped like the vendor models, to prove the house mapper and Immutables work together. */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableSampleModel.class)
@JsonDeserialize(as = ImmutableSampleModel.class)
interface SampleModel {
    @JsonProperty("pointsToNextTier")
    Optional<Long> pointsToNextTier();

    Optional<BigDecimal> amount();

    Optional<OffsetDateTime> tierAchieveDate();

    Optional<LocalDate> pointsToExpireDate();

    Optional<String> phone();

    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
