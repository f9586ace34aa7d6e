package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.loyalty.internal.RequestChecks;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Gives the points configured for an action ({@code activity: CREDIT}), optionally a custom {@code credit}:
 * {@code {"id": "user@domain.com", "actionId": "100", "activity": "CREDIT", "reason": "aj Bonus", "credit": "50"}}.
 * Retried after a failure only with an {@link #idempotencyKey()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGivePoints.class)
public abstract class GivePoints implements PointsRequest {

    /** A builder; {@code build()} throws {@link IllegalArgumentException} naming a missing or invalid field. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link GivePoints}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableGivePoints.Builder {
    }

    /** The action id, required. */
    public abstract String actionId();

    /** Points to credit instead of the action's configured amount, sent as a string. */
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    public abstract Optional<Long> credit();

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
        credit().ifPresent(points -> Checks.requirePositive(points, "credit"));
    }
}
