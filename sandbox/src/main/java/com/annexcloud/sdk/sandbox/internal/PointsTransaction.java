package com.annexcloud.sdk.sandbox.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * One applied points call, as {@code GET /users/{id}/activity} lists it.
 *
 * @param number the sequence number within the sandbox
 * @param activity {@code CREDIT} or {@code DEBIT}
 * @param points the points moved (positive)
 * @param displayText what the entry shows: the call's reason, else the reward's name, else the action
 * @param rewardCode the code a reward redemption issued
 */
record PointsTransaction(long number, String activity, BigDecimal points, Optional<String> actionId,
                         Optional<String> rewardId, Optional<String> rewardCode, String displayText,
                         OffsetDateTime at) {

    /** The code the redemption numbered {@code number} of {@code reward} issues, such as {@code SBX111-000003}. */
    static String rewardCode(RewardCatalogue.Reward reward, long number) {
        return String.format(Locale.ROOT, "SBX%s-%06d", reward.id(), number);
    }
}
