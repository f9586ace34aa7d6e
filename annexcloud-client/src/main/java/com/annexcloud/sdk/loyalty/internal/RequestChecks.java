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

    /**
     * Checks what every points request needs: a member id, non-blank optional texts, an order id when the
     * shape requires one, and a reason when the shape has no action id.
     */
    public static void points(PointsRequest request, boolean hasActionId, boolean orderRequired) {
        Checks.requireId(request.memberId(), "memberId", MAX_ID_LENGTH);
        optionalId(request.orderId(), "orderId");
        optionalId(request.idempotencyKey(), "idempotencyKey");
        request.reason().ifPresent(reason -> Checks.requireNonBlank(reason, "reason"));
        if (orderRequired && request.orderId().isEmpty()) {
            throw new IllegalArgumentException("orderId is required for this debit");
        }
        if (!hasActionId && request.reason().isEmpty()) {
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

    private static void optionalId(Optional<String> value, String what) {
        value.ifPresent(text -> Checks.requireId(text, what, MAX_ID_LENGTH));
    }
}
