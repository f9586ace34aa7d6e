package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.bridge.Enrolment;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
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
 * recent activity and eligible rewards) all in flight at once. Each section is bounded by the section
 * deadline and optional: its failure makes the card partial. The user request decides membership; the
 * {@link CardMapper} turns the answers into the card.
 */
final class CardFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(CardFetcher.class);

    private final AnnexCloudClient annex;
    private final Enrolment enrolment;
    private final Duration sectionTimeout;
    private final int activityLines;
    private final boolean rewards;
    private final CardMapper mapper;

    CardFetcher(AnnexCloudClient annex, Enrolment enrolment, Duration sectionTimeout, int activityLines, boolean rewards) {
        this.annex = annex;
        this.enrolment = enrolment;
        this.sectionTimeout = sectionTimeout;
        this.activityLines = activityLines;
        this.rewards = rewards;
        this.mapper = new CardMapper(activityLines);
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
            return CompletableFuture.allOf(points, tier, activity, eligible).thenApply(ignored -> mapper.card(id, user,
                    points.join(), tier.join(), activity.join(), eligible.join()));
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
