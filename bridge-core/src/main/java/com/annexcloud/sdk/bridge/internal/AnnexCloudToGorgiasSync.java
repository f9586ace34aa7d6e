package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Annex Cloud → Gorgias: for each member id, makes sure a Gorgias customer with the member's email
 * exists and that its data carries the member's card under {@link LoyaltyData#KEY}, writing only when
 * the card's hash changed; a new customer is created with its data in one request.
 *
 * <p>Cards are fetched {@link SyncOptions#concurrency()} at a time ahead of the Gorgias work, which runs
 * on the calling thread in input order (so the checkpoint is a position). Memory stays bounded: at most
 * {@value #READ_AHEAD} ids are read ahead and {@code concurrency} cards are in flight. Existing customers
 * are found in a {@link CustomerIndex} paged in the background, or looked up one by one where the index
 * would cost more. An indexed customer whose card changed is read again before the write (a GET and a PUT),
 * so data that other apps wrote since the index page is kept; a member whose email Gorgias would refuse is
 * skipped with the reason.
 */
final class AnnexCloudToGorgiasSync implements SyncRun.Step {
    /** The direction's part of the job key. */
    static final String DIRECTION = "annex-to-gorgias";
    /** Member ids read ahead of the work: they weigh the index's cost against lookups. */
    static final int READ_AHEAD = 1000;
    /**
     * The checkpoint is saved after this many items or {@link #SAVE_EVERY}, whichever comes first, and when
     * the run is interrupted: a crash redoes at most these items, which the sync's idempotence makes harmless.
     */
    static final int SAVE_EVERY_ITEMS = 100;
    static final Duration SAVE_EVERY = Duration.ofSeconds(1);

    private final GorgiasClient gorgias;
    private final CardFetcher fetcher;
    private final Clock clock;
    private final LoyaltyDataWriter writer;
    private final Iterator<String> memberIds;

    /** A member id read from the input and its card, in flight (null for an id that is not an email). */
    private record Pending(String memberId, CompletableFuture<LoyaltyCard> card) {
    }

    AnnexCloudToGorgiasSync(GorgiasClient gorgias, CardFetcher fetcher, Clock clock, Iterator<String> memberIds) {
        this.gorgias = gorgias;
        this.fetcher = fetcher;
        this.clock = clock;
        this.writer = new LoyaltyDataWriter(gorgias);
        this.memberIds = memberIds;
    }

    @Override
    public boolean workThrough(SyncRun run) {
        long position = run.resumedFrom().map(Checkpoint::position).orElse(0L);
        for (long skipped = 0; skipped < position && memberIds.hasNext(); skipped++) {
            memberIds.next();
        }
        Deque<String> ahead = new ArrayDeque<>();
        Deque<Pending> fetching = new ArrayDeque<>();
        ExecutorService pager = Executors.newSingleThreadExecutor(SyncThreads.named("bridge-sync-index"));
        try (CustomerIndex index = new CustomerIndex(gorgias.customers())) {
            readAhead(run.options(), ahead, fetching, index);
            index.start(pager);
            long unsaved = 0;
            Instant saved = clock.instant();
            while (!fetching.isEmpty()) {
                if (SyncRun.interrupted()) {
                    save(run, position, unsaved);
                    return false;
                }
                sync(fetching.poll(), index, run);
                if (SyncRun.interrupted()) {
                    // the item was cut short: the checkpoint stays before it, so a restart redoes it
                    save(run, position, unsaved);
                    return false;
                }
                position++;
                run.renewLease();
                unsaved++;
                Instant now = clock.instant();
                if (unsaved == SAVE_EVERY_ITEMS || !now.isBefore(saved.plus(SAVE_EVERY))) {
                    save(run, position, unsaved);
                    unsaved = 0;
                    saved = now;
                }
                run.progress();
                readAhead(run.options(), ahead, fetching, index);
            }
            return true;
        } finally {
            fetching.forEach(pending -> Optional.ofNullable(pending.card()).ifPresent(card -> card.cancel(true)));
            SyncThreads.stop(pager);
        }
    }

    /** Saves the position reached, unless nothing changed since the last save. */
    private static void save(SyncRun run, long position, long unsaved) {
        if (unsaved > 0) {
            run.save(Checkpoint.builder().position(position));
        }
    }

    /** Tops up the ids read ahead and the cards in flight. */
    private void readAhead(SyncOptions options, Deque<String> ahead, Deque<Pending> fetching, CustomerIndex index) {
        long read = 0;
        while (ahead.size() < READ_AHEAD && memberIds.hasNext()) {
            String memberId = memberIds.next();
            ahead.add(memberId == null ? "" : memberId.strip()); // strip, not trim: a NUL is refused, not cut
            read++;
        }
        index.membersRead(read, !memberIds.hasNext());
        while (fetching.size() < options.concurrency() && !ahead.isEmpty()) {
            String memberId = ahead.poll();
            boolean email = !memberId.isEmpty() && EmailAddress.isValid(memberId);
            fetching.add(new Pending(memberId,
                    email ? fetcher.fetch(TicketCustomer.of(EmailAddress.validate(memberId))) : null));
        }
    }

    private void sync(Pending pending, CustomerIndex index, SyncRun run) {
        SyncOptions options = run.options();
        SyncTally tally = run.tally();
        String key = "member " + pending.memberId();
        if (pending.card() == null) {
            tally.skipped(key, "member id is not an email address");
            return;
        }
        try {
            LoyaltyCard card = pending.card().get();
            if (!card.member()) {
                tally.skipped(key, "not a loyalty member");
                return;
            }
            if (card.partial()) {
                run.failed(key, "loyalty data incomplete (points or tier unavailable)", false);
                return;
            }
            String email = card.email();
            if (!EmailAddress.fitsGorgias(email)) {
                tally.skipped(key, "the member's email is not one Gorgias accepts (name@example.com, at most "
                        + EmailAddress.GORGIAS_MAX_LENGTH + " characters)");
                return;
            }
            Optional<CustomerIndex.Entry> indexed = index.find(email);
            Optional<Customer> lookedUp = indexed == null ? gorgias.customers().findByEmail(email) : Optional.empty();
            Optional<CustomerIndex.Entry> existing = indexed != null ? indexed : lookedUp.map(CustomerIndex.Entry::of);
            if (existing.isEmpty()) {
                if (!options.dryRun()) {
                    index.remember(email, gorgias.customers().create(newCustomer(email, card)));
                }
                tally.created();
                return;
            }
            if (existing.get().cardHash().equals(LoyaltyData.hash(card))) {
                tally.unchanged();
                return;
            }
            if (!options.dryRun()) {
                // the index holds no data: it is read afresh, so other apps' keys written since are kept
                index.remember(email, lookedUp.isPresent() ? writer.write(lookedUp.get(), card)
                        : writer.readAndWrite(existing.get().id(), card));
            }
            tally.updated();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // not counted: the item is redone on resume
        } catch (ExecutionException e) {
            Throwable cause = Futures.unwrap(e);
            run.failed(key, cause instanceof SdkException ? cause.getMessage() : cause.getClass().getSimpleName(), false);
        } catch (SdkException e) {
            run.failed(key, e.getMessage(), false);
        }
    }

    /** A new customer named like the member, created with the card in its data (one request). */
    private static CreateCustomer newCustomer(String email, LoyaltyCard card) {
        var request = CreateCustomer.builder().email(email).data(LoyaltyData.merge(Optional.empty(), card));
        card.name().ifPresent(name -> {
            request.name(name);
            int space = name.indexOf(' ');
            request.firstname(space < 0 ? name : name.substring(0, space));
            if (space > 0) {
                request.lastname(name.substring(space + 1));
            }
        });
        return request.build();
    }
}
