package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.bridge.Enrolment;
import com.annexcloud.sdk.bridge.model.ActivityLine;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.PointsSummary;
import com.annexcloud.sdk.bridge.model.RewardLine;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.bridge.model.TierSummary;
import com.annexcloud.sdk.loyalty.AnnexCloudAlreadyExistsException;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudNotFoundException;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.OptInStatus;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one card: the user request and every section request (points, tier, and when configured the
 * recent activity and eligible rewards) all in flight at once. Each section is bounded by the section
 * deadline and optional: its failure makes the card partial. The user request decides membership.
 */
final class CardFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(CardFetcher.class);

    private final AnnexCloudClient annex;
    private final Enrolment enrolment;
    private final Duration sectionTimeout;
    private final int activityLines;
    private final boolean rewards;

    CardFetcher(AnnexCloudClient annex, Enrolment enrolment, Duration sectionTimeout, int activityLines, boolean rewards) {
        this.annex = annex;
        this.enrolment = enrolment;
        this.sectionTimeout = sectionTimeout;
        this.activityLines = activityLines;
        this.rewards = rewards;
    }

    CompletableFuture<LoyaltyCard> fetch(TicketCustomer customer) {
        String id = customer.email();
        CompletableFuture<AnnexUser> user = annex.async().users().get(id);
        Sections sections = sections(id);
        return user.handle((found, failure) -> {
            if (failure == null) {
                return sections.card(id, found);
            }
            Throwable cause = Futures.unwrap(failure);
            if (cause instanceof AnnexCloudNotFoundException) {
                return enrolment == Enrolment.IMPLICIT
                        ? enrol(customer)
                        : CompletableFuture.completedFuture(LoyaltyCard.nonMember(id));
            }
            return CompletableFuture.<LoyaltyCard>failedFuture(cause);
        }).thenCompose(card -> card);
    }

    /** Creates and opts in a non-member, then fetches the new member's card. */
    private CompletableFuture<LoyaltyCard> enrol(TicketCustomer customer) {
        CreateUser request = CreateUser.builder()
                .id(customer.email())
                .email(customer.email())
                .firstName(customer.firstName())
                .lastName(customer.lastName())
                .optInStatus(OptInStatus.YES)
                .build();
        return annex.async().users().create(request)
                .handle((created, failure) -> {
                    Throwable cause = failure == null ? null : Futures.unwrap(failure);
                    if (cause != null && !(cause instanceof AnnexCloudAlreadyExistsException)) {
                        throw new CompletionException(cause);
                    }
                    LOG.debug("enrolled a ticket customer as a loyalty member");
                    return created;
                })
                .thenCompose(ignored -> {
                    Sections sections = sections(customer.email());
                    return annex.async().users().get(customer.email()).thenCompose(user -> sections.card(customer.email(), user));
                });
    }

    private Sections sections(String id) {
        CompletableFuture<Optional<List<ActivityEntry>>> activity = activityLines > 0
                ? section(annex.async().activity().recent(id), "activity")
                : CompletableFuture.completedFuture(Optional.of(List.of()));
        CompletableFuture<Optional<List<Reward>>> eligible = rewards
                ? section(annex.async().rewards().available(id), "rewards")
                : CompletableFuture.completedFuture(Optional.of(List.of()));
        return new Sections(section(annex.async().points().balance(id), "points"),
                section(annex.async().tiers().get(id), "tier"), activity, eligible);
    }

    /** The section requests of one card, already in flight. */
    private final class Sections {
        private final CompletableFuture<Optional<PointsBalance>> points;
        private final CompletableFuture<Optional<TierStatus>> tier;
        private final CompletableFuture<Optional<List<ActivityEntry>>> activity;
        private final CompletableFuture<Optional<List<Reward>>> eligible;

        Sections(CompletableFuture<Optional<PointsBalance>> points, CompletableFuture<Optional<TierStatus>> tier,
                 CompletableFuture<Optional<List<ActivityEntry>>> activity, CompletableFuture<Optional<List<Reward>>> eligible) {
            this.points = points;
            this.tier = tier;
            this.activity = activity;
            this.eligible = eligible;
        }

        /** The card once every section has answered (sections never fail: they become empty). */
        CompletableFuture<LoyaltyCard> card(String id, AnnexUser user) {
            return CompletableFuture.allOf(points, tier, activity, eligible).thenApply(ignored -> toCard(id, user,
                    points.join(), tier.join(), activity.join(), eligible.join()));
        }
    }

    private LoyaltyCard toCard(String id, AnnexUser user, Optional<PointsBalance> points, Optional<TierStatus> tier,
                               Optional<List<ActivityEntry>> activity, Optional<List<Reward>> eligible) {
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
                .points(points.map(CardFetcher::pointsOf))
                .tier(tier.map(t -> tierOf(t, points)))
                .recentActivity(activity.orElse(List.of()).stream().limit(activityLines).map(CardFetcher::lineOf).toList())
                .rewards(eligible.orElse(List.of()).stream().filter(CardFetcher::redeemable).map(CardFetcher::lineOf).toList())
                .partial(points.isEmpty() || tier.isEmpty() || activity.isEmpty() || eligible.isEmpty())
                .build();
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

    /** A section: its value, or empty when it fails or misses the deadline. */
    private <T> CompletableFuture<Optional<T>> section(CompletableFuture<T> call, String name) {
        return call.orTimeout(sectionTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((value, failure) -> {
                    if (failure != null) {
                        LOG.debug("{} section missing from the card: {}", name, Futures.unwrap(failure).getClass().getSimpleName());
                        return Optional.<T>empty();
                    }
                    return Optional.of(value);
                });
    }
}
