package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Annex Cloud → Gorgias: for each member id, makes sure a Gorgias customer with the member's email
 * exists and that its data carries the member's card under {@link LoyaltyData#KEY}, writing only when
 * the card's hash changed. When the input holds at least {@link SyncOptions#indexThreshold()} ids, the
 * Gorgias customers are indexed by email by paging the list once instead of searching per member.
 */
final class AnnexCloudToGorgiasSync {
    private final GorgiasClient gorgias;
    private final CardFetcher fetcher;
    private final SyncOptions options;
    private final CheckpointStore checkpoints;
    private final SyncListener listener;
    private final Clock clock;

    AnnexCloudToGorgiasSync(GorgiasClient gorgias, CardFetcher fetcher, SyncOptions options,
                            CheckpointStore checkpoints, SyncListener listener, Clock clock) {
        this.gorgias = gorgias;
        this.fetcher = fetcher;
        this.options = options;
        this.checkpoints = checkpoints;
        this.listener = listener;
        this.clock = clock;
    }

    SyncReport run(Iterator<String> memberIds) {
        String job = "annex-to-gorgias-" + options.jobName();
        Optional<Checkpoint> resume = Checkpoints.resume(checkpoints, job, options);
        OffsetDateTime runStart = resume.map(Checkpoint::runStartedAt)
                .orElse(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        SyncTally tally = resume.map(SyncTally::from).orElseGet(SyncTally::new);
        boolean resumed = resume.isPresent();
        long position = resume.map(Checkpoint::position).orElse(0L);
        for (long skipped = 0; skipped < position && memberIds.hasNext(); skipped++) {
            memberIds.next();
        }
        Deque<String> lookahead = new ArrayDeque<>();
        while (lookahead.size() < Math.max(1, options.indexThreshold()) && memberIds.hasNext()) {
            lookahead.add(memberIds.next());
        }
        Map<String, Customer> index = lookahead.size() >= options.indexThreshold() ? indexCustomers() : null;
        while (!lookahead.isEmpty() || memberIds.hasNext()) {
            if (Thread.currentThread().isInterrupted()) {
                return tally.report(true, options.dryRun(), resumed);
            }
            String memberId = lookahead.isEmpty() ? memberIds.next() : lookahead.poll();
            sync(memberId == null ? "" : memberId.strip(), index, tally); // strip, not trim: a NUL is refused, not cut
            if (Thread.currentThread().isInterrupted()) {
                // the item was cut short: the checkpoint stays before it, so a restart redoes it
                return tally.report(true, options.dryRun(), resumed);
            }
            position++;
            if (!options.dryRun()) {
                checkpoints.save(job, tally.checkpoint(Checkpoint.builder().runStartedAt(runStart).position(position)));
            }
            listener.onProgress(tally.report(false, options.dryRun(), resumed));
        }
        if (!options.dryRun()) {
            checkpoints.clear(job);
        }
        return tally.report(false, options.dryRun(), resumed);
    }

    /** Every Gorgias customer with an email, by lower-case email (first one wins). */
    private Map<String, Customer> indexCustomers() {
        Map<String, Customer> index = new HashMap<>();
        for (Customer customer : gorgias.customers().list(ListCustomers.builder().limit(100).build())) {
            customer.email().filter(EmailAddress::isValid)
                    .ifPresent(email -> index.putIfAbsent(EmailAddress.key(email), customer));
        }
        return index;
    }

    private void sync(String memberId, Map<String, Customer> index, SyncTally tally) {
        String key = "member " + memberId;
        if (memberId.isEmpty() || !EmailAddress.isValid(memberId)) {
            tally.skipped(key, "member id is not an email address");
            return;
        }
        try {
            LoyaltyCard card;
            try {
                card = fetcher.fetch(TicketCustomer.of(EmailAddress.validate(memberId))).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // not counted: the item is redone on resume
                return;
            }
            if (!card.member()) {
                tally.skipped(key, "not a loyalty member");
                return;
            }
            if (card.partial()) {
                tally.failed(key, "loyalty data incomplete (points or tier unavailable)");
                return;
            }
            String email = card.email();
            Optional<Customer> existing = index != null
                    ? Optional.ofNullable(index.get(EmailAddress.key(email)))
                    : gorgias.customers().findByEmail(email);
            if (existing.isEmpty()) {
                if (!options.dryRun()) {
                    Customer created = gorgias.customers().create(newCustomer(email, card));
                    gorgias.customers().setData(created.id(), LoyaltyData.merge(created.data(), card));
                    remember(index, email, created);
                }
                tally.created();
                return;
            }
            Customer customer = existing.get();
            if (LoyaltyData.isCurrent(customer.data(), card)) {
                tally.unchanged();
                return;
            }
            if (!options.dryRun()) {
                gorgias.customers().setData(customer.id(), LoyaltyData.merge(customer.data(), card));
            }
            tally.updated();
        } catch (ExecutionException e) {
            Throwable cause = CardFetcher.unwrap(e);
            tally.failed(key, cause instanceof SdkException ? cause.getMessage() : cause.getClass().getSimpleName());
        } catch (SdkException e) {
            if (!Thread.currentThread().isInterrupted()) {
                tally.failed(key, e.getMessage());
            }
        }
    }

    private static void remember(Map<String, Customer> index, String email, Customer customer) {
        if (index != null) {
            index.put(EmailAddress.key(email), customer);
        }
    }

    private static CreateCustomer newCustomer(String email, LoyaltyCard card) {
        var request = CreateCustomer.builder().email(email);
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
