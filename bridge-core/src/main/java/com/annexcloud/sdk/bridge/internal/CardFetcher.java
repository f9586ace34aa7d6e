package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.bridge.Enrolment;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.RedemptionLine;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.loyalty.AnnexCloudConflictException;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudNotFoundException;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.OptInStatus;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one card: the user request and every section request (points, tier, and when configured the
 * recent activity, eligible rewards and recent redemptions) all in flight at once. Each section is bounded by
 * the section deadline and optional: its failure makes the card partial. Redemptions come from the used-rewards
 * list; when that call fails they come from the reward codes in the history (the activity call already in flight
 * when the card lists activity, else one made then), within the same deadline. The user request decides
 * membership; the {@link CardMapper} turns the answers into the card. Reward codes are never logged.
 */
final class CardFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(CardFetcher.class);

    private final AnnexCloudClient annex;
    private final Enrolment enrolment;
    private final Duration sectionTimeout;
    private final int activityLines;
    private final boolean rewards;
    private final int redemptionLines;
    private final CardMapper mapper;

    /** A fetcher of the cards {@code settings} describe, treating non-members as {@code enrolment} says. */
    CardFetcher(AnnexCloudClient annex, Enrolment enrolment, BridgeSettings settings) {
        this.annex = annex;
        this.enrolment = enrolment;
        this.sectionTimeout = settings.sectionTimeout();
        this.activityLines = settings.activityLines();
        this.rewards = settings.rewards();
        this.redemptionLines = settings.redemptionLines();
        this.mapper = new CardMapper(activityLines, redemptionLines);
    }

    /**
     * A fetcher of the cards {@code settings} describe that never enrols: for reads that must not make a member of
     * whatever id they are given (a sync's input, a new ticket's customer), whatever the lookup policy.
     */
    static CardFetcher readOnly(BridgeSettings settings) {
        return new CardFetcher(settings.annex(), Enrolment.EXPLICIT, settings);
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
                    if (cause != null && !(cause instanceof AnnexCloudConflictException)) {
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
        CompletableFuture<List<ActivityEntry>> history = activityLines > 0 ? annex.async().activity().recent(id) : null;
        CompletableFuture<Optional<List<ActivityEntry>>> activity = history != null
                ? section(history, "activity")
                : CompletableFuture.completedFuture(Optional.of(List.of()));
        CompletableFuture<Optional<List<Reward>>> eligible = rewards
                ? section(annex.async().rewards().available(id), "rewards")
                : CompletableFuture.completedFuture(Optional.of(List.of()));
        CompletableFuture<Optional<List<RedemptionLine>>> redemptions = redemptionLines > 0
                ? section(redemptions(id, history), "redemptions")
                : CompletableFuture.completedFuture(Optional.of(List.of()));
        return new Sections(section(annex.async().points().balance(id), "points"),
                section(annex.async().tiers().get(id), "tier"), activity, eligible, redemptions);
    }

    /**
     * The redemptions from the used-rewards list, or when that call fails from the reward codes in the history:
     * {@code history} when the card already asked for it, else a new request.
     */
    private CompletableFuture<List<RedemptionLine>> redemptions(String id, CompletableFuture<List<ActivityEntry>> history) {
        return annex.async().rewards().recentlyUsed(id).thenApply(mapper::redemptionsOf).exceptionallyCompose(failure -> {
            LOG.debug("used rewards unavailable ({}); reading reward codes from the history",
                    Futures.unwrap(failure).getClass().getSimpleName());
            return (history != null ? history : annex.async().activity().recent(id)).thenApply(mapper::redemptionsIn);
        });
    }

    /** The section requests of one card, already in flight. */
    private final class Sections {
        private final CompletableFuture<Optional<PointsBalance>> points;
        private final CompletableFuture<Optional<TierStatus>> tier;
        private final CompletableFuture<Optional<List<ActivityEntry>>> activity;
        private final CompletableFuture<Optional<List<Reward>>> eligible;
        private final CompletableFuture<Optional<List<RedemptionLine>>> redemptions;

        Sections(CompletableFuture<Optional<PointsBalance>> points, CompletableFuture<Optional<TierStatus>> tier,
                 CompletableFuture<Optional<List<ActivityEntry>>> activity, CompletableFuture<Optional<List<Reward>>> eligible,
                 CompletableFuture<Optional<List<RedemptionLine>>> redemptions) {
            this.points = points;
            this.tier = tier;
            this.activity = activity;
            this.eligible = eligible;
            this.redemptions = redemptions;
        }

        /** The card once every section has answered (sections never fail: they become empty). */
        CompletableFuture<LoyaltyCard> card(String id, AnnexUser user) {
            return CompletableFuture.allOf(points, tier, activity, eligible, redemptions).thenApply(ignored -> mapper.card(
                    id, user, points.join(), tier.join(), activity.join(), eligible.join(), redemptions.join()));
        }
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
