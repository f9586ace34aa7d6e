package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.internal.BridgeSettings;
import com.annexcloud.sdk.bridge.internal.DefaultLoyaltyBridge;
import com.annexcloud.sdk.bridge.model.GoodwillAward;
import com.annexcloud.sdk.bridge.model.GoodwillResult;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.NewTicket;
import com.annexcloud.sdk.bridge.model.Redemption;
import com.annexcloud.sdk.bridge.model.RewardRedemption;
import com.annexcloud.sdk.bridge.model.RoutingOutcome;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Connects a Gorgias account to an Annex Cloud loyalty site.
 *
 * <pre>{@code
 * LoyaltyBridge bridge = LoyaltyBridge.builder()
 *     .annexCloud(annex).gorgias(gorgias).enrolment(Enrolment.EXPLICIT).build();
 * LoyaltyCard card = bridge.lookup("user@domain.com");
 * WidgetEndpoint endpoint = bridge.widgetEndpoint(Secret.of(bridgeToken));
 * }</pre>
 *
 * <p>Setting the Gorgias account up to call the widget endpoint is {@link GorgiasInstaller}'s job; syncing
 * customers in bulk, a scheduled job with its own checkpoints, is {@link LoyaltySync}'s.
 *
 * <p>Unlike the clients, the bridge has no {@code async()} view: {@link #lookupAsync} is its one async
 * operation, used by the widget endpoints, and a view type for one method would be ceremony.
 *
 * <p>Thread-safe. The bridge does not own the clients: close them yourself.
 */
public interface LoyaltyBridge {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** {@link #lookup(TicketCustomer)} for a customer known only by email. */
    default LoyaltyCard lookup(String email) {
        return lookup(TicketCustomer.of(email));
    }

    /**
     * The customer's loyalty card. User, points and tier are fetched at once; a non-member gets
     * {@code member: false} (or is enrolled first under {@link Enrolment#IMPLICIT}); a points or tier
     * section that fails or misses its deadline is left out and the card marked partial.
     *
     * @throws IllegalArgumentException when the email is not a valid address
     * @throws com.annexcloud.sdk.core.SdkException when the user call itself fails
     */
    LoyaltyCard lookup(TicketCustomer customer);

    /** {@link #lookup(TicketCustomer)} without blocking. */
    CompletableFuture<LoyaltyCard> lookupAsync(TicketCustomer customer);

    /** Drops the cached card of this email (writes made through the bridge do it themselves). */
    void invalidate(String email);

    /**
     * Credits goodwill points from the Gorgias sidebar, once per ticket, amount and reason (a repeat is
     * not credited again and says so), and answers the refreshed card.
     *
     * @throws IllegalArgumentException for a bad email or ticket id, or points outside 1 to the maximum
     * @throws com.annexcloud.sdk.loyalty.AnnexCloudNotFoundException when the customer is not a member
     */
    GoodwillResult awardGoodwill(GoodwillAward award);

    /**
     * Redeems a reward the member is eligible for, once per ticket and reward, and answers the reward
     * code with the refreshed card.
     *
     * @throws RewardNotEligibleException when the member cannot redeem that reward now (nothing is debited)
     */
    Redemption redeemReward(RewardRedemption redemption);

    /**
     * Tags a member's new ticket with the tier's tag from {@code routing} (and sets the tier's priority while
     * the ticket still has Gorgias's default {@code normal}), without blocking. Writes only to that ticket and
     * only what it lacks: a repeated call adds no second tag, and no tag is ever removed. A non-member's
     * ticket, a tier without a tag, or a ticket whose customer has another email is left alone and says why
     * ({@link RoutingOutcome#reason()}); so is a ticket whose customer has no email. The member is never enrolled,
     * whatever the {@link Enrolment}: with {@link Enrolment#EXPLICIT} it is looked up like {@link #lookupAsync}
     * (the card cache, then one shared fetch); with {@link Enrolment#IMPLICIT} a cached card is used, else a card is
     * read on its own (not cached, not shared with a concurrent lookup). Concurrent calls with the same ticket,
     * email and routing share one run; a call with other inputs is judged on its own.
     *
     * @throws IllegalArgumentException when the email is not a valid address
     * @return a future failing with the {@code SdkException} of Annex Cloud or Gorgias when either fails
     */
    CompletableFuture<RoutingOutcome> routeTicketAsync(NewTicket ticket, TicketRouting routing);

    /** A widget endpoint serving this bridge to callers presenting {@code bearerToken}. */
    default WidgetEndpoint widgetEndpoint(Secret bearerToken) {
        return WidgetEndpoint.builder().bridge(this).bearerToken(bearerToken).build();
    }

    /** Builds a {@link LoyaltyBridge}; {@link #annexCloud} and {@link #gorgias} are required. */
    final class Builder {
        private AnnexCloudClient annexCloud;
        private GorgiasClient gorgias;
        private Enrolment enrolment = Enrolment.EXPLICIT;
        private Duration sectionTimeout = Duration.ofSeconds(2);
        private Duration cacheTtl = Duration.ZERO;
        private int cacheMaxEntries = 10_000;
        private Clock clock = Clock.systemUTC();
        private int activityLines;
        private boolean rewards;
        private int redemptionLines;
        private long maxGoodwillPoints = 500;
        private CardCacheListener cacheListener = CardCacheListener.none();

        private Builder() {
        }

        /** The Annex Cloud client (required). */
        public Builder annexCloud(AnnexCloudClient annexCloud) {
            this.annexCloud = Checks.requireNonNull(annexCloud, "annexCloud");
            return this;
        }

        /** The Gorgias client (required). */
        public Builder gorgias(GorgiasClient gorgias) {
            this.gorgias = Checks.requireNonNull(gorgias, "gorgias");
            return this;
        }

        /** What a lookup does with non-members; {@link Enrolment#EXPLICIT} by default. */
        public Builder enrolment(Enrolment enrolment) {
            this.enrolment = Checks.requireNonNull(enrolment, "enrolment");
            return this;
        }

        /** How long the points and tier sections may take before the card goes out without them (2 s). */
        public Builder sectionTimeout(Duration sectionTimeout) {
            if (sectionTimeout == null || sectionTimeout.isZero() || sectionTimeout.isNegative()) {
                throw new IllegalArgumentException("sectionTimeout must be positive");
            }
            this.sectionTimeout = sectionTimeout;
            return this;
        }

        /** Keeps complete cards for {@code ttl}, at most {@code maxEntries} of them (off by default). */
        public Builder cache(Duration ttl, int maxEntries) {
            if (Checks.requireNonNull(ttl, "ttl").isNegative() || maxEntries < 1) {
                throw new IllegalArgumentException("ttl must not be negative and maxEntries at least 1, were " + ttl
                        + " and " + maxEntries);
            }
            this.cacheTtl = ttl;
            this.cacheMaxEntries = maxEntries;
            return this;
        }

        /** Told of each lookup's cache hit or miss while the {@link #cache card cache} is on (for metrics). */
        public Builder cacheListener(CardCacheListener cacheListener) {
            this.cacheListener = Checks.requireNonNull(cacheListener, "cacheListener");
            return this;
        }

        /** The clock the card cache and agent actions read, and the {@link LoyaltySync} built on this bridge. */
        public Builder clock(Clock clock) {
            this.clock = Checks.requireNonNull(clock, "clock");
            return this;
        }

        /** Cards list the member's newest {@code lines} history entries (0, the default, fetches none; at most 20). */
        public Builder recentActivity(int lines) {
            if (lines < 0 || lines > 20) {
                throw new IllegalArgumentException("recentActivity lines must be between 0 and 20");
            }
            this.activityLines = lines;
            return this;
        }

        /** Cards list the rewards the member can redeem now (off by default). */
        public Builder eligibleRewards(boolean rewards) {
            this.rewards = rewards;
            return this;
        }

        /**
         * Cards list the member's newest {@code lines} redemptions with the reward codes they issued (0, the
         * default, fetches none; at most 20): from the used-rewards list, or, when that call fails, from the
         * reward codes in the member's history.
         */
        public Builder redemptions(int lines) {
            if (lines < 0 || lines > 20) {
                throw new IllegalArgumentException("redemptions lines must be between 0 and 20");
            }
            this.redemptionLines = lines;
            return this;
        }

        /** The most points one goodwill award from the sidebar may credit (500 by default). */
        public Builder maxGoodwillPoints(long maxGoodwillPoints) {
            if (maxGoodwillPoints < 1) {
                throw new IllegalArgumentException("maxGoodwillPoints must be positive");
            }
            this.maxGoodwillPoints = maxGoodwillPoints;
            return this;
        }

        /**
         * Builds the bridge.
         *
         * @throws IllegalStateException naming the missing setting
         */
        public LoyaltyBridge build() {
            if (annexCloud == null) {
                throw new IllegalStateException("LoyaltyBridge needs annexCloud(AnnexCloudClient)");
            }
            if (gorgias == null) {
                throw new IllegalStateException("LoyaltyBridge needs gorgias(GorgiasClient)");
            }
            return new DefaultLoyaltyBridge(new BridgeSettings(annexCloud, gorgias, enrolment, sectionTimeout, cacheTtl,
                    cacheMaxEntries, clock, activityLines, rewards, redemptionLines, maxGoodwillPoints,
                    cacheListener));
        }
    }
}
