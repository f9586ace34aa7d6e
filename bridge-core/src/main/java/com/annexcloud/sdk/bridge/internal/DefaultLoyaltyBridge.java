package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.bridge.CardCacheListener;
import com.annexcloud.sdk.bridge.Enrolment;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.model.GoodwillAward;
import com.annexcloud.sdk.bridge.model.GoodwillResult;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.NewTicket;
import com.annexcloud.sdk.bridge.model.Redemption;
import com.annexcloud.sdk.bridge.model.RewardRedemption;
import com.annexcloud.sdk.bridge.model.RoutingOutcome;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LoyaltyBridge}: lookups go through the card cache, then single-flight coalescing, then one
 * upstream fan-out.
 */
public final class DefaultLoyaltyBridge implements LoyaltyBridge {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultLoyaltyBridge.class);

    private final AnnexCloudClient annex;
    private final GorgiasClient gorgias;
    private final CardFetcher fetcher;
    private final CardFetcher readOnlyFetcher;
    private final BridgeSettings settings;
    private final CardCache cache;
    private final boolean cacheOn;
    private final CardCacheListener cacheListener;
    private final SingleFlight<String, LoyaltyCard> flights = new SingleFlight<>();
    private final AtomicLong invalidations = new AtomicLong();
    private final AgentActions actions;
    private final TicketRouter router;

    /** Use {@link LoyaltyBridge#builder()}. */
    public DefaultLoyaltyBridge(BridgeSettings settings) {
        this.settings = settings;
        this.annex = Objects.requireNonNull(settings.annex(), "annex");
        this.gorgias = Objects.requireNonNull(settings.gorgias(), "gorgias");
        this.fetcher = new CardFetcher(annex, settings.enrolment(), settings);
        this.readOnlyFetcher = CardFetcher.readOnly(settings);
        this.cache = new CardCache(settings.cacheTtl(), settings.cacheMaxEntries(), settings.clock());
        this.cacheOn = !settings.cacheTtl().isZero();
        this.cacheListener = settings.cacheListener();
        this.actions = new AgentActions(annex, settings.maxGoodwillPoints(), this::invalidate, this::lookup,
                settings.clock());
        // Routing must never enrol the customer of every new ticket: under implicit enrolment it reads the cache only.
        this.router = new TicketRouter(settings.enrolment() == Enrolment.EXPLICIT ? this::lookupAsync : this::cachedOrRead,
                gorgias);
    }

    @Override
    public LoyaltyCard lookup(TicketCustomer customer) {
        try {
            return lookupAsync(customer).join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = Futures.unwrap(e);
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw e;
        }
    }

    /** A listener that throws (a metrics backend down) must not fail the lookup it is told of. */
    private void tellCacheListener(boolean hit) {
        try {
            cacheListener.onLookup(hit);
        } catch (RuntimeException e) {
            LOG.debug("card cache listener failed; ignored", e);
        }
    }

    @Override
    public CompletableFuture<LoyaltyCard> lookupAsync(TicketCustomer customer) {
        String email = EmailAddress.validate(customer.email());
        TicketCustomer checked = TicketCustomer.builder().from(customer).email(email).build();
        String key = EmailAddress.key(email);
        Optional<LoyaltyCard> cached = cache.get(key);
        if (cacheOn) {
            tellCacheListener(cached.isPresent());
        }
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        return flights.run(key, () -> {
            long generation = invalidations.get();
            return fetcher.fetch(checked).thenApply(card -> {
                if (invalidations.get() == generation) {
                    cache.put(key, card);
                }
                return card;
            });
        });
    }

    /**
     * The cached card, else one read that never enrols. That read is not cached: under implicit enrolment a later
     * lookup must still enrol a non-member.
     */
    private CompletableFuture<LoyaltyCard> cachedOrRead(TicketCustomer customer) {
        return cache.get(EmailAddress.key(customer.email())).map(CompletableFuture::completedFuture)
                .orElseGet(() -> readOnlyFetcher.fetch(customer));
    }

    @Override
    public void invalidate(String email) {
        String key = EmailAddress.key(email);
        invalidations.incrementAndGet();
        cache.invalidate(key);
        flights.forget(key);
    }

    @Override
    public GoodwillResult awardGoodwill(GoodwillAward award) {
        return actions.award(award);
    }

    @Override
    public Redemption redeemReward(RewardRedemption redemption) {
        return actions.redeem(redemption);
    }

    @Override
    public CompletableFuture<RoutingOutcome> routeTicketAsync(NewTicket ticket, TicketRouting routing) {
        return router.route(Objects.requireNonNull(ticket, "ticket"), Objects.requireNonNull(routing, "routing"));
    }

    /** What this bridge was built with: a {@link com.annexcloud.sdk.bridge.LoyaltySync} on it reads the same. */
    public BridgeSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "LoyaltyBridge[" + annex + ", " + gorgias + "]";
    }
}
