package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.loyalty.internal.RequestChecks;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Redeems a custom number of points ({@code activity: DEBIT}); {@code orderId} and {@code reason} are required:
 * {@code {"id": "user@domain.com", "activity": "DEBIT", "orderId": "OD001", "debit": "500", "reason": "used for purchase", "source": "web"}}.
 * Retry-safe: the server deduplicates the order id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRedeemPoints.class)
public abstract class RedeemPoints implements PointsRequest {

    /** A builder; {@code build()} throws {@link IllegalArgumentException} naming a missing or invalid field. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link RedeemPoints}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableRedeemPoints.Builder {
    }

    /** Points to debit, positive, sent as a string. */
    @JsonSerialize(using = ToStringSerializer.class)
    public abstract long debit();

    /** Where the points are redeemed. */
    public abstract Optional<PointsSource> source();

    /** Always {@value PointsRequest#DEBIT}. */
    @Override
    public final String activity() {
        return DEBIT;
    }

    /** Validates the request. */
    @Value.Check
    protected void check() {
        RequestChecks.points(this, RequestChecks.PointsShape.WITH_REASON_AND_ORDER);
        Checks.requirePositive(debit(), "debit");
    }
}
