package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.loyalty.internal.RequestChecks;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.immutables.value.Value;

/**
 * Credits a custom number of points ({@code activity: CREDIT}):
 * {@code {"id": "user@domain.com", "actionId": "100", "activity": "CREDIT", "credit": "50", "reason": "bonus"}}.
 * Retried after a failure only with an {@link #idempotencyKey()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAwardPoints.class)
public abstract class AwardPoints implements PointsRequest {

    /** A builder; {@code build()} throws {@link IllegalArgumentException} naming a missing or invalid field. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link AwardPoints}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableAwardPoints.Builder {
    }

    /** The action id; {@code "100"} (manual adjustment) unless set. */
    @Value.Default
    public String actionId() {
        return "100";
    }

    /** Points to credit, positive, sent as a string. */
    @JsonSerialize(using = ToStringSerializer.class)
    public abstract long credit();

    /** Always {@value PointsRequest#CREDIT}. */
    @Override
    public final String activity() {
        return CREDIT;
    }

    /** Validates the request. */
    @Value.Check
    protected void check() {
        RequestChecks.points(this, RequestChecks.PointsShape.WITH_ACTION);
        Checks.requireNonBlank(actionId(), "actionId");
        Checks.requirePositive(credit(), "credit");
    }
}
