package com.annexcloud.sdk.sandbox;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A loyalty member as the Annex Cloud emulator holds it: the user profile and the points balance. The
 * tier is not stored: it is derived from {@link #earnedPoints()} with the sandbox's {@link TierThresholds}.
 * In a fixture a member is written with these property names (numbers may be strings, timestamps may use
 * {@code -0700} offsets), see {@link SandboxData}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSandboxMember.class)
@JsonDeserialize(as = ImmutableSandboxMember.class)
public abstract class SandboxMember {
    /** A new builder. */
    public static ImmutableSandboxMember.Builder builder() {
        return ImmutableSandboxMember.builder();
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
    public long availablePoints() {
        return 0;
    }

    /** Points earned since the member joined. */
    @Value.Default
    public long lifetimePoints() {
        return 0;
    }

    /** Points spent. */
    @Value.Default
    public long usedPoints() {
        return 0;
    }

    /** Points spent on rewards (part of {@link #usedPoints()}). */
    @Value.Default
    public long usedPointsOnReward() {
        return 0;
    }

    /** Points on hold, not yet available. */
    @Value.Default
    public long holdPoints() {
        return 0;
    }

    /** Points that have expired. */
    @Value.Default
    public long expiredPoints() {
        return 0;
    }

    /**
     * Points earned in the current tier period; tiers are qualified on these. Defaults to
     * {@link #lifetimePoints()}, and every credit adds to both.
     */
    @Value.Default
    public long earnedPoints() {
        return lifetimePoints();
    }

    /** Points spent in the current period. Defaults to {@link #usedPoints()}. */
    @Value.Default
    public long spendPoints() {
        return usedPoints();
    }

    /** Points that will expire next. */
    @Value.Default
    public long pointsToExpire() {
        return 0;
    }

    /** When {@link #pointsToExpire()} expire. */
    public abstract Optional<OffsetDateTime> pointsToExpireDate();

    /** The tier the member held before the current one. */
    public abstract Optional<String> previousTier();

    /** When the current tier was reached. */
    public abstract Optional<OffsetDateTime> tierAchieveDate();

    /** When the current tier expires. */
    public abstract Optional<OffsetDateTime> tierExpirationDate();

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
        long[] points = {availablePoints(), lifetimePoints(), usedPoints(), usedPointsOnReward(), holdPoints(),
            expiredPoints(), earnedPoints(), spendPoints(), pointsToExpire()};
        for (long value : points) {
            if (value < 0) {
                throw new IllegalArgumentException("member " + id() + ": points must not be negative");
            }
        }
    }
}
