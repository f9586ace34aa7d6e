package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.RewardNotEligibleException;
import com.annexcloud.sdk.bridge.model.GoodwillAward;
import com.annexcloud.sdk.bridge.model.GoodwillResult;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.Redemption;
import com.annexcloud.sdk.bridge.model.RewardRedemption;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudInvalidRequestException;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.PointsRequest;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.loyalty.model.PointsSource;
import com.annexcloud.sdk.loyalty.model.RedeemReward;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What an agent can do from the sidebar: award goodwill points and redeem a reward. Both are keyed by
 * the ticket so repeats (double clicks, Gorgias retries) change the balance once, both invalidate the
 * cached card, and both answer with the refreshed card.
 */
final class AgentActions {
    private static final Pattern TICKET_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern REWARD_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int MAX_REASON = 200;
    /** How recent a debit of the same reward must be to count as this ticket's when the history names no order. */
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

    private final AnnexCloudClient annex;
    private final long maxPoints;
    private final Consumer<String> invalidate;
    private final Function<TicketCustomer, LoyaltyCard> lookup;
    private final Clock clock;

    AgentActions(AnnexCloudClient annex, long maxPoints, Consumer<String> invalidate,
                 Function<TicketCustomer, LoyaltyCard> lookup, Clock clock) {
        this.annex = annex;
        this.clock = clock;
        this.maxPoints = maxPoints;
        this.invalidate = invalidate;
        this.lookup = lookup;
    }

    GoodwillResult award(GoodwillAward award) {
        String email = EmailAddress.validate(award.email());
        String ticket = ticketId(award.ticketId());
        if (award.points() <= 0) {
            throw new IllegalArgumentException("points must be positive");
        }
        if (award.points() > maxPoints) {
            throw new IllegalArgumentException("points must be at most " + maxPoints + " per award");
        }
        String reason = award.reason().map(String::trim).filter(r -> !r.isEmpty())
                .orElse("Goodwill from Gorgias ticket " + ticket);
        if (reason.length() > MAX_REASON || reason.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON + " characters without control characters");
        }
        PointsResult result = annex.points().award(AwardPoints.builder()
                .memberId(email)
                .credit(award.points())
                .reason(reason)
                .idempotencyKey("gorgias-" + ticket + "-award-" + digest(award.points() + "|" + reason))
                .build());
        invalidate.accept(email);
        return GoodwillResult.builder()
                .points(award.points())
                .alreadyApplied(result.alreadyApplied())
                .card(lookup.apply(TicketCustomer.of(email)))
                .build();
    }

    Redemption redeem(RewardRedemption redemption) {
        String email = EmailAddress.validate(redemption.email());
        String ticket = ticketId(redemption.ticketId());
        String rewardId = redemption.rewardId().trim();
        if (!REWARD_ID.matcher(rewardId).matches()) {
            throw new IllegalArgumentException("rewardId must be 1-64 letters, digits, '.', '_' or '-'");
        }
        String orderId = "gorgias-" + ticket + "-reward-" + rewardId;
        boolean eligible = annex.rewards().available(email).stream()
                .anyMatch(reward -> reward.rewardId().filter(rewardId::equals).isPresent()
                        && (reward.eligible().isEmpty() || reward.isEligible()));
        if (!eligible) {
            // A repeat of a redemption that went through (double click, Gorgias retry) usually finds the
            // reward no longer affordable: answer it as applied, with its code, not as refused.
            Optional<ActivityEntry> earlier = earlierRedemption(email, orderId, rewardId);
            if (earlier.isPresent()) {
                return Redemption.builder().rewardId(rewardId).rewardCode(rewardCodeOf(earlier.get()))
                        .alreadyApplied(true).card(lookup.apply(TicketCustomer.of(email))).build();
            }
            throw new RewardNotEligibleException(rewardId);
        }
        PointsResult result;
        try {
            result = annex.points().redeemReward(RedeemReward.builder()
                    .memberId(email)
                    .rewardId(rewardId)
                    .orderId(orderId)
                    .reason("Redeemed from Gorgias ticket " + ticket)
                    .source(PointsSource.WEB)
                    .build());
        } catch (AnnexCloudInvalidRequestException raced) {
            // Eligible a moment ago, refused now: another redemption spent the points first.
            throw new RewardNotEligibleException(rewardId);
        }
        invalidate.accept(email);
        Optional<String> code = result.rewardCode().isPresent() || !result.alreadyApplied() ? result.rewardCode()
                : earlierRedemption(email, orderId, rewardId).flatMap(AgentActions::rewardCodeOf);
        return Redemption.builder()
                .rewardId(rewardId)
                .rewardCode(code)
                .alreadyApplied(result.alreadyApplied())
                .card(lookup.apply(TicketCustomer.of(email)))
                .build();
    }

    /**
     * This ticket's earlier redemption among the member's newest 100 history entries. The history is Annex
     * Cloud's own record, so the original reward code is found again after a restart of this process. An
     * entry that names an order is this redemption only if the order is this ticket's. The vendor's
     * documented entries name none ({@code activityDetail}: SAP connector beans, API portal); then a debit of
     * the same reward dated within {@link #REPEAT_WINDOW} is taken for it (a double click or a Gorgias retry),
     * and an older or undated one is not, so a redemption made long ago is never passed off as this one.
     */
    private Optional<ActivityEntry> earlierRedemption(String email, String orderId, String rewardId) {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(REPEAT_WINDOW);
        return annex.activity().list(email).stream().limit(100).filter(entry -> entry.orderId().map(orderId::equals)
                .orElseGet(() -> isDebitOf(entry, rewardId) && entry.createDate().filter(at -> !at.isBefore(since)).isPresent()))
                .findFirst();
    }

    private static boolean isDebitOf(ActivityEntry entry, String rewardId) {
        return entry.rewardId().filter(rewardId::equals).isPresent()
                && entry.activity().filter(PointsRequest.DEBIT::equalsIgnoreCase).isPresent();
    }

    /** The entry's {@code rewardCode} (an activity field the SAP connector reads), when present. */
    private static Optional<String> rewardCodeOf(ActivityEntry entry) {
        return entry.rewardCode().filter(code -> !code.isBlank());
    }

    private static String ticketId(String ticketId) {
        String value = ticketId == null ? "" : ticketId.trim();
        if (!TICKET_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("ticketId must be 1-64 letters, digits, '_' or '-'");
        }
        return value;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
