package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.loyalty.model.PointsRequest;
import com.annexcloud.sdk.loyalty.model.UserDetails;
import java.util.Optional;

/** The validation the request types share; every failure is an {@link IllegalArgumentException} naming the field. */
public final class RequestChecks {
    /** The longest id or key accepted. */
    public static final int MAX_ID_LENGTH = 512;

    private RequestChecks() {
    }

    /** What a {@code POST /points} shape requires besides a member id. */
    public enum PointsShape {
        /** An action id says what the points are for; an order id is optional. */
        WITH_ACTION(true, false),
        /** An action id, and an order id the debit is for. */
        WITH_ACTION_AND_ORDER(true, true),
        /** No action id, so a reason, and an order id the debit is for. */
        WITH_REASON_AND_ORDER(false, true);

        private final boolean hasActionId;
        private final boolean orderRequired;

        PointsShape(boolean hasActionId, boolean orderRequired) {
            this.hasActionId = hasActionId;
            this.orderRequired = orderRequired;
        }
    }

    /**
     * Checks what every points request needs: a member id, non-blank optional texts, an order id when the
     * shape requires one, and a reason when the shape has no action id.
     */
    public static void points(PointsRequest request, PointsShape shape) {
        Checks.requireId(request.memberId(), "memberId", MAX_ID_LENGTH);
        optionalId(request.orderId(), "orderId");
        optionalId(request.idempotencyKey(), "idempotencyKey");
        request.reason().ifPresent(reason -> Checks.requireNonBlank(reason, "reason"));
        if (shape.orderRequired && request.orderId().isEmpty()) {
            throw new IllegalArgumentException("orderId is required for this debit");
        }
        if (!shape.hasActionId && request.reason().isEmpty()) {
            throw new IllegalArgumentException("reason is required when there is no actionId");
        }
    }

    /** Checks the fields a member create or update may carry. */
    public static void user(UserDetails user) {
        user.email().ifPresent(email -> {
            if (email.isBlank() || email.chars().anyMatch(Character::isWhitespace) || email.indexOf('@') < 1
                    || email.indexOf('@') == email.length() - 1) {
                throw new IllegalArgumentException("email must look like name@domain");
            }
        });
        user.extendedAttribute().keySet().forEach(key -> Checks.requireNonBlank(key, "extendedAttribute key"));
    }

    static void optionalId(Optional<String> value, String what) {
        value.ifPresent(text -> Checks.requireId(text, what, MAX_ID_LENGTH));
    }
}
