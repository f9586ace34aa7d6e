package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerOrder;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.loyalty.AnnexCloudConflictException;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudNotFoundException;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.OptInStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gorgias → Annex Cloud: pages through Gorgias customers newest-updated first and makes each one with
 * an email a loyalty member. A page is worked on by a bounded pool; after each page the checkpoint
 * moves to the page's oldest {@code updated_datetime}, so a restarted run skips what is done without
 * needing the short-lived cursor.
 */
final class GorgiasToAnnexCloudSync implements SyncRun.Step {
    /** The direction's part of the job key. */
    static final String DIRECTION = "gorgias-to-annex";
    private static final Logger LOG = LoggerFactory.getLogger(GorgiasToAnnexCloudSync.class);
    private static final int PAGE_SIZE = 100;

    private final GorgiasClient gorgias;
    private final AnnexCloudClient annex;
    private final Consumer<String> invalidate;

    GorgiasToAnnexCloudSync(GorgiasClient gorgias, AnnexCloudClient annex, Consumer<String> invalidate) {
        this.gorgias = gorgias;
        this.annex = annex;
        this.invalidate = invalidate;
    }

    @Override
    public boolean workThrough(SyncRun run) {
        SyncOptions options = run.options();
        Optional<OffsetDateTime> done = run.resumedFrom().flatMap(Checkpoint::watermark);
        Set<Long> doneAtWatermark = new HashSet<>(run.resumedFrom().map(Checkpoint::doneAtWatermark).orElse(List.of()));
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), SyncThreads.named("bridge-sync-annex"));
        try {
            String cursor = null;
            boolean more = true;
            OffsetDateTime oldest = done.orElse(null);
            Set<Long> atOldest = new HashSet<>(doneAtWatermark);
            while (more) {
                if (SyncRun.interrupted()) {
                    return false;
                }
                CustomerPage page;
                try {
                    page = gorgias.customers().listPage(ListCustomers.builder().limit(PAGE_SIZE)
                            .orderBy(CustomerOrder.UPDATED_DESC).cursor(Optional.ofNullable(cursor)).build());
                } catch (SdkException e) {
                    if (SyncRun.interrupted()) {
                        return false;
                    }
                    throw e;
                }
                List<Customer> batch = new ArrayList<>();
                for (Customer customer : page.data()) {
                    Optional<OffsetDateTime> updated = customer.updatedDatetime();
                    if (options.updatedSince().isPresent() && updated.isPresent()
                            && updated.get().isBefore(options.updatedSince().get())) {
                        more = false;
                        break;
                    }
                    if (updated.isPresent() && (oldest == null || !updated.get().isAfter(oldest))) {
                        if (oldest == null || updated.get().isBefore(oldest)) {
                            oldest = updated.get();
                            atOldest.clear();
                        }
                        atOldest.add(customer.id());
                    }
                    if (isDoneBefore(customer, done, doneAtWatermark, run.startedAt())) {
                        continue;
                    }
                    batch.add(customer);
                }
                if (!work(batch, pool, run)) {
                    return false;
                }
                run.renewLease();
                if (oldest != null) {
                    run.save(Checkpoint.builder().watermark(oldest).doneAtWatermark(atOldest));
                }
                cursor = page.nextCursor().orElse(null);
                more = more && cursor != null;
            }
            return true;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Whether an interrupted earlier run already did this customer: updated after its watermark (and not
     * after it started), or at the watermark itself and listed as done there. The customers at the
     * watermark's exact time are the page boundary: done if they were on the finished page, not if they
     * are on the next one.
     */
    private static boolean isDoneBefore(Customer customer, Optional<OffsetDateTime> done, Set<Long> doneAtWatermark,
                                        OffsetDateTime runStart) {
        Optional<OffsetDateTime> updated = customer.updatedDatetime();
        if (updated.isEmpty() || done.isEmpty() || updated.get().isAfter(runStart)) {
            return false;
        }
        return updated.get().isAfter(done.get())
                || updated.get().isEqual(done.get()) && doneAtWatermark.contains(customer.id());
    }

    /** Works on a batch; false when interrupted. */
    private boolean work(List<Customer> batch, ExecutorService pool, SyncRun run) {
        List<Future<?>> running = new ArrayList<>();
        for (Customer customer : batch) {
            running.add(pool.submit(() -> enrol(customer, run)));
        }
        try {
            for (Future<?> future : running) {
                future.get();
            }
            return true;
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            SyncThreads.stop(pool);
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("sync worker failed unexpectedly", e.getCause());
        }
    }

    private void enrol(Customer customer, SyncRun run) {
        SyncOptions options = run.options();
        String key = "gorgias customer " + customer.id();
        Optional<String> email = customer.email().filter(EmailAddress::isValid).map(EmailAddress::validate);
        if (email.isEmpty()) {
            run.count(tally -> tally.skipped(key, customer.email().isPresent() ? "email is not valid" : "no email"));
            return;
        }
        String id = email.get();
        try {
            AnnexUser member = annex.users().get(id);
            boolean optedOut = member.optInStatus().map(OptInStatus.NO::equals).orElse(false);
            if (!optedOut) {
                run.count(SyncTally::unchanged);
            } else if (options.forceOptIn()) {
                if (!options.dryRun()) {
                    annex.users().optIn(id);
                    invalidate.accept(id);
                }
                run.count(SyncTally::updated);
            } else {
                run.count(tally -> tally.skipped(key, "member opted out"));
            }
        } catch (AnnexCloudNotFoundException notMember) {
            create(customer, id, key, run);
        } catch (SdkException e) {
            run.failed(key, e.getMessage(), true);
        }
    }

    private void create(Customer customer, String id, String key, SyncRun run) {
        if (run.options().dryRun()) {
            run.count(SyncTally::created);
            return;
        }
        CreateUser request = CreateUser.builder()
                .id(id)
                .email(id)
                .firstName(customer.firstname())
                .lastName(customer.lastname())
                .optInStatus(OptInStatus.YES)
                .build();
        try {
            annex.users().create(request);
            run.count(SyncTally::created);
        } catch (AnnexCloudConflictException raced) {
            run.count(SyncTally::unchanged);
        } catch (TransportException lost) {
            // The create may have landed before the connection failed: look before counting it lost.
            try {
                annex.users().get(id);
                run.count(SyncTally::created);
            } catch (SdkException stillUnknown) {
                run.failed(key, lost.getMessage(), true);
            }
        } catch (SdkException e) {
            run.failed(key, e.getMessage(), true);
        }
        invalidate.accept(id);
        LOG.debug("enrolment of {} done", key);
    }
}
