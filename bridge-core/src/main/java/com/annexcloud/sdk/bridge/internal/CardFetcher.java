package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.Enrolment;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.PointsSummary;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.bridge.model.TierSummary;
import com.annexcloud.sdk.loyalty.AnnexCloudAlreadyExistsException;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudNotFoundException;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.OptInStatus;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one card: user, points and tier requests all in flight at once; points and tier each
 * bounded by the section deadline and optional (their failure makes the card partial); the user
 * request decides membership.
 */
final class CardFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(CardFetcher.class);

    private final AnnexCloudClient annex;
    private final Enrolment enrolment;
    private final Duration sectionTimeout;

    CardFetcher(AnnexCloudClient annex, Enrolment enrolment, Duration sectionTimeout) {
        this.annex = annex;
        this.enrolment = enrolment;
        this.sectionTimeout = sectionTimeout;
    }

    CompletableFuture<LoyaltyCard> fetch(TicketCustomer customer) {
        String id = customer.email();
        CompletableFuture<AnnexUser> user = annex.users().getAsync(id);
        CompletableFuture<Optional<PointsBalance>> points = section(annex.points().balanceAsync(id), "points", id);
        CompletableFuture<Optional<TierStatus>> tier = section(annex.tiers().getAsync(id), "tier", id);
        return user.handle((found, failure) -> {
            if (failure == null) {
                return assemble(id, found, points, tier);
            }
            Throwable cause = unwrap(failure);
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
        return annex.users().createAsync(request)
                .handle((created, failure) -> {
                    Throwable cause = failure == null ? null : unwrap(failure);
                    if (cause != null && !(cause instanceof AnnexCloudAlreadyExistsException)) {
                        throw new CompletionException(cause);
                    }
                    LOG.debug("enrolled a ticket customer as a loyalty member");
                    return created;
                })
                .thenCompose(ignored -> fetchMember(customer.email()));
    }

    /** The card of someone known to be a member. */
    private CompletableFuture<LoyaltyCard> fetchMember(String id) {
        CompletableFuture<Optional<PointsBalance>> points = section(annex.points().balanceAsync(id), "points", id);
        CompletableFuture<Optional<TierStatus>> tier = section(annex.tiers().getAsync(id), "tier", id);
        return annex.users().getAsync(id).thenCompose(user -> assemble(id, user, points, tier));
    }

    private CompletableFuture<LoyaltyCard> assemble(String id, AnnexUser user, CompletableFuture<Optional<PointsBalance>> points,
                                                    CompletableFuture<Optional<TierStatus>> tier) {
        return points.thenCombine(tier, (p, t) -> toCard(id, user, p, t));
    }

    static LoyaltyCard toCard(String id, AnnexUser user, Optional<PointsBalance> points, Optional<TierStatus> tier) {
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
                .partial(points.isEmpty() || tier.isEmpty())
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

    /** A section: its value, or empty when it fails or misses the deadline. */
    private <T> CompletableFuture<Optional<T>> section(CompletableFuture<T> call, String name, String id) {
        return call.orTimeout(sectionTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .handle((value, failure) -> {
                    if (failure != null) {
                        LOG.debug("{} section missing from the card: {}", name, unwrap(failure).getClass().getSimpleName());
                        return Optional.<T>empty();
                    }
                    return Optional.of(value);
                });
    }

    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof java.util.concurrent.ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
