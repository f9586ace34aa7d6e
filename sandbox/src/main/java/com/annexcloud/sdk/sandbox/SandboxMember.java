package com.annexcloud.sdk.sandbox;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A loyalty member as the Annex Cloud emulator holds it: the user profile and the points balance, in exact
 * decimals (whole numbers unless the site has decimal precision, see {@code Sandbox.Builder#annexDecimalPlaces}). The
 * tier is not stored: it is derived from {@link #earnedPoints()} with the sandbox's {@link TierThresholds}.
 * In a fixture a member is written with these property names (numbers may be strings, timestamps may use
 * {@code -0700} offsets), see {@link SandboxData}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSandboxMember.class)
@JsonDeserialize(as = ImmutableSandboxMember.class)
public abstract class SandboxMember {
    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The builder of a member. Points are exact decimals (a site with decimal precision holds fractions
     * such as {@code 1250.75}); each can also be given as a whole number.
     */
    public static final class Builder extends ImmutableSandboxMember.Builder {
        /** Points available to spend, as a whole number. */
        public Builder availablePoints(long points) {
            return availablePoints(BigDecimal.valueOf(points));
        }

        /** Points earned since the member joined, as a whole number. */
        public Builder lifetimePoints(long points) {
            return lifetimePoints(BigDecimal.valueOf(points));
        }

        /** Points spent, as a whole number. */
        public Builder usedPoints(long points) {
            return usedPoints(BigDecimal.valueOf(points));
        }

        /** Points spent on rewards, as a whole number. */
        public Builder usedPointsOnReward(long points) {
            return usedPointsOnReward(BigDecimal.valueOf(points));
        }

        /** Points on hold, as a whole number. */
        public Builder holdPoints(long points) {
            return holdPoints(BigDecimal.valueOf(points));
        }

        /** Points that have expired, as a whole number. */
        public Builder expiredPoints(long points) {
            return expiredPoints(BigDecimal.valueOf(points));
        }

        /** Points earned in the current tier period, as a whole number. */
        public Builder earnedPoints(long points) {
            return earnedPoints(BigDecimal.valueOf(points));
        }

        /** Points spent in the current period, as a whole number. */
        public Builder spendPoints(long points) {
            return spendPoints(BigDecimal.valueOf(points));
        }

        /** Points that will expire next, as a whole number. */
        public Builder pointsToExpire(long points) {
            return pointsToExpire(BigDecimal.valueOf(points));
        }
    }

    /** The member id (often the email). */
    public abstract String id();

    /** The email address. */
    public abstract Optional<String> email();

    /** The first name. */
    public abstract Optional<String> firstName();

    /** The last name. */
    public abstract Optional<String> lastName();

    /** {@code YES} (default) or {@code NO}; points calls for opted-out members answer AC1009. */
    @Value.Default
    public String optInStatus() {
        return "YES";
    }

    /** {@code ACTIVE} (default) or {@code INACTIVE}; points calls for inactive members answer AC1008. */
    @Value.Default
    public String status() {
        return "ACTIVE";
    }

    /** The phone number. */
    public abstract Optional<String> phone();

    /** The zip code. */
    public abstract Optional<String> zipCode();

    /** The profile image URL. */
    public abstract Optional<String> userProfileImageUrl();

    /** The birth date. */
    public abstract Optional<OffsetDateTime> birthDate();

    /** The anniversary date. */
    public abstract Optional<OffsetDateTime> anniversaryDate();

    /** When the member was created (the emulator sets it from its clock when absent). */
    public abstract Optional<OffsetDateTime> createDate();

    /** When the member was last updated. */
    public abstract Optional<OffsetDateTime> updateDate();

    /** When the member opted in. */
    public abstract Optional<OffsetDateTime> optInDate();

    /** The total spend, in the site currency. */
    @Value.Default
    public BigDecimal totalSpendCurrency() {
        return BigDecimal.ZERO;
    }

    /** Extra attributes (key → value). */
    public abstract Map<String, String> extendedAttribute();

    /** Points available to spend. */
    @Value.Default
    public BigDecimal availablePoints() {
        return BigDecimal.ZERO;
    }

    /** Points earned since the member joined. */
    @Value.Default
    public BigDecimal lifetimePoints() {
        return BigDecimal.ZERO;
    }

    /** Points spent. */
    @Value.Default
    public BigDecimal usedPoints() {
        return BigDecimal.ZERO;
    }

    /** Points spent on rewards (part of {@link #usedPoints()}). */
    @Value.Default
    public BigDecimal usedPointsOnReward() {
        return BigDecimal.ZERO;
    }

    /** Points on hold, not yet available. */
    @Value.Default
    public BigDecimal holdPoints() {
        return BigDecimal.ZERO;
    }

    /** Points that have expired. */
    @Value.Default
    public BigDecimal expiredPoints() {
        return BigDecimal.ZERO;
    }

    /**
     * Points earned in the current tier period; tiers are qualified on these. Defaults to
     * {@link #lifetimePoints()}, and every credit adds to both.
     */
    @Value.Default
    public BigDecimal earnedPoints() {
        return lifetimePoints();
    }

    /** Points spent in the current period. Defaults to {@link #usedPoints()}. */
    @Value.Default
    public BigDecimal spendPoints() {
        return usedPoints();
    }

    /** Points that will expire next. */
    @Value.Default
    public BigDecimal pointsToExpire() {
        return BigDecimal.ZERO;
    }

    /** When {@link #pointsToExpire()} expire. */
    public abstract Optional<OffsetDateTime> pointsToExpireDate();

    /** The tier the member held before the current one. */
    public abstract Optional<String> previousTier();

    /** When the current tier was reached. */
    public abstract Optional<OffsetDateTime> tierAchieveDate();

    /** When the current tier expires. */
    public abstract Optional<OffsetDateTime> tierExpirationDate();

    /**
     * Rewards the member redeemed before the sandbox started, oldest first (see {@link SandboxRedemption}): the
     * history of a seed member when the sandbox starts or resets; a member added later by {@code putMember} or the
     * API starts with no history whatever this says.
     */
    public abstract List<SandboxRedemption> redemptions();

    /** Whether {@code GET /users/{id}} wraps this member in {@code {"Data": {…}}}. */
    @Value.Default
    public boolean wrapInData() {
        return false;
    }

    @Value.Check
    void check() {
        if (id().isBlank()) {
            throw new IllegalArgumentException("member id must not be blank");
        }
        BigDecimal[] points = {availablePoints(), lifetimePoints(), usedPoints(), usedPointsOnReward(), holdPoints(),
            expiredPoints(), earnedPoints(), spendPoints(), pointsToExpire()};
        for (BigDecimal value : points) {
            if (value.signum() < 0) {
                throw new IllegalArgumentException("member " + id() + ": points must not be negative");
            }
        }
    }
}
