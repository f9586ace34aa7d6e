package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.bridge.internal.CardSerializer;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.annexcloud.sdk.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's loyalty standing as the Gorgias sidebar shows it. Serialised with the house mapper it
 * is exactly the widget JSON of the design: {@code member}, {@code email}, {@code name},
 * {@code optInStatus}, {@code status}, a {@code points} and a {@code tier} card, optionally the
 * {@code recentActivity}, {@code rewards} and {@code redemptions} lists, absent values left out,
 * and {@code "_partial": true} (hidden by Gorgias) when a section could not be fetched in time. Any
 * {@code ObjectMapper} (Spring Boot's, a plain one) writes it the same, as {@link #toJson()} does.
 */
@Value.Immutable
@JsonSerialize(using = CardSerializer.class)
@JsonDeserialize(as = ImmutableLoyaltyCard.class)
@JsonPropertyOrder({"member", "email", "name", "optInStatus", "status", "points", "tier", "recentActivity", "rewards",
        "redemptions", "_partial"})
public interface LoyaltyCard {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link LoyaltyCard}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableLoyaltyCard.Builder {
    }

    /** The card of someone who is not a loyalty member. */
    static LoyaltyCard nonMember(String email) {
        return builder().member(false).email(email).build();
    }

    /** Whether the customer is an Annex Cloud loyalty member. */
    boolean member();

    /** The customer's email (the member id the lookup used). */
    String email();

    /** First and last name, when known. */
    Optional<String> name();

    /** The member's opt-in status ({@code YES}/{@code NO}). */
    Optional<String> optInStatus();

    /** The member's status ({@code ACTIVE}/{@code INACTIVE}). */
    Optional<String> status();

    /** Points, when fetched. */
    Optional<PointsSummary> points();

    /** Tier, when fetched. */
    Optional<TierSummary> tier();

    /** The newest entries of the member's history, when the bridge is configured to show them. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<ActivityLine> recentActivity();

    /** The rewards the member can redeem now, when the bridge is configured to show them. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<RewardLine> rewards();

    /** The member's newest redemptions with their reward codes, when the bridge is configured to show them. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<RedemptionLine> redemptions();

    /** The widget JSON of this card (what the endpoint answers), compact, UTF-8. */
    default String toJson() {
        return new String(Json.write(this), StandardCharsets.UTF_8);
    }

    /** True when a section is missing because its upstream call failed or timed out. */
    @Value.Default
    @JsonProperty("_partial")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    default boolean partial() {
        return false;
    }
}
