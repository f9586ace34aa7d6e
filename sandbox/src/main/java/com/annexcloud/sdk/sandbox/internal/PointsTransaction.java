package com.annexcloud.sdk.sandbox.internal;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * One applied points call, as {@code GET /users/{id}/activity} lists it.
 *
 * @param number the sequence number within the sandbox
 * @param activity {@code CREDIT} or {@code DEBIT}
 * @param points the points moved (positive)
 * @param availableAfter the available points after the call
 */
record PointsTransaction(long number, String activity, long points, Optional<String> actionId,
                         Optional<String> rewardId, Optional<String> orderId, Optional<String> customId,
                         Optional<String> reason, OffsetDateTime at, long availableAfter) {

    /** The code a reward redemption issued: in the points answer and, as the SAP connector reads it, in the history. */
    Optional<String> rewardCode() {
        return rewardId().map(id -> String.format(Locale.ROOT, "SBX%s-%06d", id, number));
    }
}
