package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.ActivityLine;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.PointsSummary;
import com.annexcloud.sdk.bridge.model.RedemptionLine;
import com.annexcloud.sdk.bridge.model.RewardLine;
import com.annexcloud.sdk.bridge.model.TierSummary;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import com.annexcloud.sdk.loyalty.model.UsedReward;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Maps the Annex Cloud answers about one member (user, points, tier, activity, rewards, used rewards) to its
 * {@link LoyaltyCard}.
 */
final class CardMapper {
    /** Dated items newest first, undated ones last, each group in the order the server sent. */
    private static final Comparator<Optional<OffsetDateTime>> NEWEST_FIRST = Comparator.comparing(
            (Optional<OffsetDateTime> date) -> date.map(OffsetDateTime::toInstant).orElse(Instant.MIN)).reversed();

    private final int activityLines;
    private final int redemptionLines;

    /** A mapper listing at most {@code activityLines} activity lines and {@code redemptionLines} redemptions. */
    CardMapper(int activityLines, int redemptionLines) {
        this.activityLines = activityLines;
        this.redemptionLines = redemptionLines;
    }

    /**
     * The card of a member from the user record and each section's answer (empty: the section failed, so the
     * card is partial). Names are trimmed and joined, dates become days, activity is cut to the newest lines
     * and shows debits as negative points, only rewards with an id the member is not refused are listed, and the
     * redemptions are listed as {@link #redemptionsOf} or {@link #redemptionsIn} made them.
     */
    LoyaltyCard card(String id, AnnexUser user, Optional<PointsBalance> points, Optional<TierStatus> tier,
                     Optional<List<ActivityEntry>> activity, Optional<List<Reward>> eligible,
                     Optional<List<RedemptionLine>> redemptions) {
        String name = Stream.of(user.firstName(), user.lastName())
                .flatMap(Optional::stream)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        return LoyaltyCard.builder()
                .member(true)
                .email(user.email().orElse(id))
                .name(name.isEmpty() ? Optional.empty() : Optional.of(name))
                .optInStatus(user.optInStatus().map(status -> status.value()))
                .status(user.status().map(status -> status.value()))
                .points(points.map(CardMapper::pointsOf))
                .tier(tier.map(t -> tierOf(t, points)))
                .recentActivity(activity.orElse(List.of()).stream().limit(activityLines).map(CardMapper::lineOf).toList())
                .rewards(eligible.orElse(List.of()).stream().filter(CardMapper::redeemable).map(CardMapper::lineOf).toList())
                .redemptions(redemptions.orElse(List.of()))
                .partial(points.isEmpty() || tier.isEmpty() || activity.isEmpty() || eligible.isEmpty()
                        || redemptions.isEmpty())
                .build();
    }

    /** The newest used rewards that carry a code, at most as many as the card lists, newest first. */
    List<RedemptionLine> redemptionsOf(List<UsedReward> used) {
        return newest(used.stream().filter(r -> r.rewardCode().isPresent()), UsedReward::createDate, r -> RedemptionLine.builder()
                .code(r.rewardCode().orElseThrow())
                .reward(r.rewardName())
                .points(r.pointsUsed())
                .date(r.createDate().map(OffsetDateTime::toLocalDate))
                .status(r.rewardStatus())
                .build());
    }

    /** The newest history entries that issued a reward code, as redemptions (without a status: the history has none). */
    List<RedemptionLine> redemptionsIn(List<ActivityEntry> history) {
        return newest(history.stream().filter(e -> e.rewardCode().isPresent()), ActivityEntry::createDate, e -> RedemptionLine.builder()
                .code(e.rewardCode().orElseThrow())
                .reward(e.displayText())
                .points(e.debit())
                .date(e.createDate().map(OffsetDateTime::toLocalDate))
                .build());
    }

    private <T> List<RedemptionLine> newest(Stream<T> items, Function<T, Optional<OffsetDateTime>> date,
                                            Function<T, RedemptionLine> line) {
        return items.sorted(Comparator.comparing(date, NEWEST_FIRST)).limit(redemptionLines).map(line).toList();
    }

    private static PointsSummary pointsOf(PointsBalance balance) {
        return PointsSummary.builder()
                .available(balance.availablePoints())
                .lifetime(balance.lifetimePoints())
                .used(balance.usedPoints())
                .expired(balance.expiredPoints())
                .hold(balance.holdPoints())
                .expiring(balance.pointsToExpire())
                .expiringOn(balance.pointsToExpireDate())
                .currencyValue(balance.creditsToCurrencyValue())
                .build();
    }

    private static TierSummary tierOf(TierStatus tier, Optional<PointsBalance> points) {
        return TierSummary.builder()
                .current(tier.currentTier())
                .previous(tier.previousTier())
                .next(tier.nextTier())
                .pointsToNext(tier.pointsToNextTier().or(() -> points.flatMap(PointsBalance::pointsToNextTier)))
                .achievedOn(tier.tierAchieveDate().map(OffsetDateTime::toLocalDate))
                .expiresOn(tier.tierExpirationDate().map(OffsetDateTime::toLocalDate))
                .build();
    }

    private static ActivityLine lineOf(ActivityEntry entry) {
        Optional<BigDecimal> points = entry.credit().filter(c -> c.signum() != 0)
                .or(() -> entry.debit().map(BigDecimal::negate));
        return ActivityLine.builder()
                .date(entry.createDate().map(OffsetDateTime::toLocalDate))
                .activity(entry.activity().map(activity -> activity.toUpperCase(Locale.ROOT)))
                .points(points)
                .reason(entry.displayText())
                .build();
    }

    /** A reward the card offers: it has an id and the server does not say the member is ineligible. */
    private static boolean redeemable(Reward reward) {
        return reward.rewardId().isPresent() && (reward.eligible().isEmpty() || reward.isEligible());
    }

    private static RewardLine lineOf(Reward reward) {
        return RewardLine.builder().id(reward.rewardId().orElseThrow()).name(reward.displayText())
                .points(reward.creditRequired()).build();
    }
}
