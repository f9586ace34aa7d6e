package com.annexcloud.sdk.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tiers of the emulated loyalty program: names in ascending order, each with the minimum tier points
 * ({@link SandboxMember#earnedPoints()}) that qualify for it. The lowest tier starts at 0, so every member
 * has a tier. The defaults are Bronze 0, Silver 1000, Gold 5000, Platinum 10000.
 */
public final class TierThresholds {
    private static final TierThresholds DEFAULTS = builder()
            .tier("Bronze", 0).tier("Silver", 1_000).tier("Gold", 5_000).tier("Platinum", 10_000).build();

    private final Map<String, Long> minimums;

    private TierThresholds(Map<String, Long> minimums) {
        this.minimums = Collections.unmodifiableMap(new LinkedHashMap<>(minimums));
    }

    /** Bronze 0, Silver 1000, Gold 5000, Platinum 10000. */
    public static TierThresholds defaults() {
        return DEFAULTS;
    }

    /** A builder; add tiers lowest first. */
    public static Builder builder() {
        return new Builder();
    }

    /** Tier name → minimum points, lowest first. */
    public Map<String, Long> minimums() {
        return minimums;
    }

    /** The tier for this many tier points. */
    public String tierFor(long points) {
        String tier = null;
        for (Map.Entry<String, Long> entry : minimums.entrySet()) {
            if (points >= entry.getValue()) {
                tier = entry.getKey();
            }
        }
        return tier;
    }

    /** The tier above the one for this many points, absent at the top. */
    public Optional<String> nextTier(long points) {
        return minimums.entrySet().stream().filter(e -> e.getValue() > points).map(Map.Entry::getKey).findFirst();
    }

    /** The points still missing to reach the next tier, 0 at the top. */
    public long pointsToNextTier(long points) {
        return nextTier(points).map(next -> minimums.get(next) - points).orElse(0L);
    }

    /** The tier for an exact points total (minimums are whole, so a fraction never lifts a member). */
    public String tierFor(BigDecimal points) {
        return tierFor(floor(points));
    }

    /** The tier above the one for an exact points total, absent at the top. */
    public Optional<String> nextTier(BigDecimal points) {
        return nextTier(floor(points));
    }

    /** The exact points still missing to reach the next tier, 0 at the top. */
    public BigDecimal pointsToNextTier(BigDecimal points) {
        return nextTier(points).map(next -> BigDecimal.valueOf(minimums.get(next)).subtract(points)).orElse(BigDecimal.ZERO);
    }

    private static long floor(BigDecimal points) {
        return points.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    @Override
    public String toString() {
        return "TierThresholds" + minimums;
    }

    /** Collects tiers lowest first. */
    public static final class Builder {
        private final Map<String, Long> minimums = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds the next tier.
         *
         * @throws IllegalArgumentException when the name is blank or repeated, the first minimum is not 0,
         *     or the minimum is not above the previous tier's
         */
        public Builder tier(String name, long minimumPoints) {
            if (name == null || name.isBlank() || minimums.containsKey(name)) {
                throw new IllegalArgumentException("tier name must be non-blank and unique: " + name);
            }
            long previous = minimums.values().stream().mapToLong(Long::longValue).max().orElse(-1);
            if (minimums.isEmpty() ? minimumPoints != 0 : minimumPoints <= previous) {
                throw new IllegalArgumentException("tier " + name + ": the first tier must start at 0 and each next"
                        + " one above the previous, was " + minimumPoints);
            }
            minimums.put(name, minimumPoints);
            return this;
        }

        /** The thresholds; at least one tier is required. */
        public TierThresholds build() {
            if (minimums.isEmpty()) {
                throw new IllegalStateException("at least one tier is required");
            }
            return new TierThresholds(minimums);
        }
    }
}
