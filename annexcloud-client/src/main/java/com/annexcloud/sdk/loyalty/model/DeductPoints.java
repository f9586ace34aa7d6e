package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.loyalty.internal.RequestChecks;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.immutables.value.Value;

/**
 * Debits a custom number of points under an action ({@code activity: DEBIT}); {@code orderId} is required:
 * {@code {"id": "user@domain.com", "actionId": "100", "activity": "DEBIT", "orderId": "OD001", "debit": "50", "reason": "adjustment"}}.
 * Retry-safe: the server deduplicates the order id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeductPoints.class)
public abstract class DeductPoints implements PointsRequest {

    /** A builder; {@code build()} throws {@link IllegalArgumentException} naming a missing or invalid field. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link DeductPoints}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableDeductPoints.Builder {
    }

    /** The action id; {@code "100"} (manual adjustment) unless set. */
    @Value.Default
    public String actionId() {
        return "100";
    }

    /** Points to debit, positive, sent as a string. */
    @JsonSerialize(using = ToStringSerializer.class)
    public abstract long debit();

    /** Always {@value PointsRequest#DEBIT}. */
    @Override
    public final String activity() {
        return DEBIT;
    }

    /** Validates the request. */
    @Value.Check
    protected void check() {
        RequestChecks.points(this, RequestChecks.PointsShape.WITH_ACTION_AND_ORDER);
        Checks.requireNonBlank(actionId(), "actionId");
        Checks.requirePositive(debit(), "debit");
    }
}
