package com.annexcloud.sdk.loyalty.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * What the five shapes of {@code POST /points} share. Build one of {@link GivePoints}, {@link AwardPoints},
 * {@link DeductPoints}, {@link RedeemReward} or {@link RedeemPoints}; their {@code build()} validates
 * and throws {@link IllegalArgumentException} naming the field.
 */
public interface PointsRequest {
    /** The {@code activity} of a credit. */
    String CREDIT = "CREDIT";
    /** The {@code activity} of a debit. */
    String DEBIT = "DEBIT";

    /** The member's id, sent as {@code id}. */
    @JsonProperty("id")
    String memberId();

    /** {@link #CREDIT} or {@link #DEBIT}, fixed by the shape. */
    @JsonProperty("activity")
    String activity();

    /**
     * The order the points belong to; required for {@link DeductPoints} and {@link RedeemPoints}, optional
     * for {@link RedeemReward}. The server rejects a repeated order id (AC1010), so a debit carrying one may
     * be retried.
     */
    Optional<String> orderId();

    /** Why the points change; required when the shape has no action id. */
    Optional<String> reason();

    /**
     * A unique transaction id, sent as {@code customId} (the API portal: "to support unique transactions").
     * With it the client may retry the request, searching the member's activity for a lost attempt first,
     * and reports a duplicate answer as {@link PointsResult#alreadyApplied()}.
     */
    @JsonProperty("customId")
    Optional<String> idempotencyKey();
}
