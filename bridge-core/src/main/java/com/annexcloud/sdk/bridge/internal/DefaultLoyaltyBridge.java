package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.Enrolment;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link LoyaltyBridge}: lookups go through the card cache, then single-flight coalescing, then one
 * upstream fan-out; syncs run on the calling thread with their own bounded worker pool.
 */
public final class DefaultLoyaltyBridge implements LoyaltyBridge {
    private final AnnexCloudClient annex;
    private final GorgiasClient gorgias;
    private final CardFetcher fetcher;
    private final CardCache cache;
    private final SingleFlight<LoyaltyCard> flights = new SingleFlight<>();
    private final AtomicLong invalidations = new AtomicLong();
    private final CheckpointStore checkpoints;
    private final SyncListener syncListener;
    private final Clock clock;

    /** Use {@link LoyaltyBridge#builder()}. */
    public DefaultLoyaltyBridge(AnnexCloudClient annex, GorgiasClient gorgias, Enrolment enrolment,
                                Duration sectionTimeout, Duration cacheTtl, int cacheMaxEntries,
                                CheckpointStore checkpoints, SyncListener syncListener, Clock clock) {
        this.annex = Objects.requireNonNull(annex, "annex");
        this.gorgias = Objects.requireNonNull(gorgias, "gorgias");
        this.fetcher = new CardFetcher(annex, enrolment, sectionTimeout);
        this.cache = new CardCache(cacheTtl, cacheMaxEntries, clock);
        this.checkpoints = checkpoints;
        this.syncListener = syncListener;
        this.clock = clock;
    }

    @Override
    public LoyaltyCard lookup(TicketCustomer customer) {
        try {
            return lookupAsync(customer).join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = CardFetcher.unwrap(e);
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw e;
        }
    }

    @Override
    public CompletableFuture<LoyaltyCard> lookupAsync(TicketCustomer customer) {
        String email = EmailAddress.validate(customer.email());
        TicketCustomer checked = TicketCustomer.builder().from(customer).email(email).build();
        String key = EmailAddress.key(email);
        Optional<LoyaltyCard> cached = cache.get(key);
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

    @Override
    public void invalidate(String email) {
        String key = EmailAddress.key(email);
        invalidations.incrementAndGet();
        cache.invalidate(key);
        flights.forget(key);
    }

    @Override
    public SyncReport syncGorgiasToAnnexCloud(SyncOptions options) {
        return new GorgiasToAnnexCloudSync(gorgias, annex, options, checkpoints, syncListener, clock, this::invalidate)
                .run();
    }

    @Override
    public SyncReport syncAnnexCloudToGorgias(Iterator<String> memberIds, SyncOptions options) {
        Objects.requireNonNull(memberIds, "memberIds");
        return new AnnexCloudToGorgiasSync(gorgias, fetcher, options, checkpoints, syncListener, clock)
                .run(memberIds);
    }

    @Override
    public String toString() {
        return "LoyaltyBridge[" + annex + ", " + gorgias + "]";
    }
}
