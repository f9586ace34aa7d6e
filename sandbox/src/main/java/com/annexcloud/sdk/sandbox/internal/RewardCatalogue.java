package com.annexcloud.sdk.sandbox.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The small reward catalogue of the emulated site. */
final class RewardCatalogue {
    /** One reward and its cost in points. */
    record Reward(String id, String name, BigDecimal points) {
        Reward(String id, String name, long points) {
            this(id, name, BigDecimal.valueOf(points));
        }
    }

    private static final List<Reward> REWARDS = List.of(
            new Reward("111", "$5 off your next order", 500),
            new Reward("112", "Free shipping", 750),
            new Reward("113", "$10 off your next order", 1_000),
            new Reward("114", "$25 off your next order", 2_500));

    private RewardCatalogue() {
    }

    static Optional<Reward> find(String id) {
        return REWARDS.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    static List<Reward> all() {
        return REWARDS;
    }
}
