package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.JobLease;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
final class GorgiasToAnnexCloudSync {
    private static final Logger LOG = LoggerFactory.getLogger(GorgiasToAnnexCloudSync.class);
    private static final int PAGE_SIZE = 100;

    private final GorgiasClient gorgias;
    private final AnnexCloudClient annex;
    private final SyncOptions options;
    private final CheckpointStore checkpoints;
    private final SyncListener listener;
    private final Clock clock;
    private final Consumer<String> invalidate;

    GorgiasToAnnexCloudSync(GorgiasClient gorgias, AnnexCloudClient annex, SyncOptions options,
                            CheckpointStore checkpoints, SyncListener listener, Clock clock, Consumer<String> invalidate) {
        this.gorgias = gorgias;
        this.annex = annex;
        this.options = options;
        this.checkpoints = checkpoints;
        this.listener = listener;
        this.clock = clock;
        this.invalidate = invalidate;
    }

    SyncReport run() {
        String job = "gorgias-to-annex-" + options.jobName();
        try (JobLease lease = Checkpoints.lease(checkpoints, job, options)) {
            return run(job, lease);
        }
    }

    private SyncReport run(String job, JobLease lease) {
        Optional<Checkpoint> resume = Checkpoints.resume(checkpoints, job, options);
        OffsetDateTime runStart = resume.map(Checkpoint::runStartedAt).orElse(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        Optional<OffsetDateTime> done = resume.flatMap(Checkpoint::watermark);
        Set<Long> doneAtWatermark = new HashSet<>(resume.map(Checkpoint::doneAtWatermark).orElse(List.of()));
        SyncTally tally = resume.map(SyncTally::from).orElseGet(SyncTally::new);
        boolean resumed = resume.isPresent();
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), SyncThreads.named("bridge-sync-annex"));
        try {
            String cursor = null;
            boolean more = true;
            OffsetDateTime oldest = done.orElse(null);
            Set<Long> atOldest = new HashSet<>(doneAtWatermark);
            while (more) {
                if (Thread.currentThread().isInterrupted()) {
                    return tally.report(true, options.dryRun(), resumed);
                }
                CustomerPage page;
                try {
                    page = gorgias.customers().listPage(ListCustomers.builder().limit(PAGE_SIZE)
                            .orderBy(CustomerOrder.UPDATED_DESC).cursor(Optional.ofNullable(cursor)).build());
                } catch (SdkException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        return tally.report(true, options.dryRun(), resumed);
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
                    if (isDoneBefore(customer, done, doneAtWatermark, runStart)) {
                        continue;
                    }
                    batch.add(customer);
                }
                if (!work(batch, pool, tally)) {
                    return tally.report(true, options.dryRun(), resumed);
                }
                lease.renew();
                if (!options.dryRun() && oldest != null) {
                    checkpoints.save(job, tally.checkpoint(Checkpoint.builder().runStartedAt(runStart)
                            .watermark(oldest).doneAtWatermark(atOldest)));
                }
                cursor = page.nextCursor().orElse(null);
                more = more && cursor != null;
            }
            if (!options.dryRun()) {
                checkpoints.clear(job);
            }
            return tally.report(false, options.dryRun(), resumed);
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
    private boolean work(List<Customer> batch, ExecutorService pool, SyncTally tally) {
        List<Future<?>> running = new ArrayList<>();
        for (Customer customer : batch) {
            running.add(pool.submit(() -> {
                enrol(customer, tally);
                listener.onProgress(tally.report(false, options.dryRun(), false));
            }));
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

    private void enrol(Customer customer, SyncTally tally) {
        String key = "gorgias customer " + customer.id();
        Optional<String> email = customer.email().filter(EmailAddress::isValid).map(EmailAddress::validate);
        if (email.isEmpty()) {
            tally.skipped(key, customer.email().isPresent() ? "email is not valid" : "no email");
            return;
        }
        String id = email.get();
        try {
            AnnexUser member = annex.users().get(id);
            boolean optedOut = member.optInStatus().map(OptInStatus.NO::equals).orElse(false);
            if (!optedOut) {
                tally.unchanged();
            } else if (options.forceOptIn()) {
                if (!options.dryRun()) {
                    annex.users().optIn(id);
                    invalidate.accept(id);
                }
                tally.updated();
            } else {
                tally.skipped(key, "member opted out");
            }
        } catch (AnnexCloudNotFoundException notMember) {
            create(customer, id, key, tally);
        } catch (SdkException e) {
            failed(tally, key, e);
        }
    }

    /** Counts a failure, unless it is the run being interrupted: that item is redone on resume. */
    private static void failed(SyncTally tally, String key, SdkException e) {
        if (!Thread.currentThread().isInterrupted()) {
            tally.failed(key, e.getMessage());
        }
    }

    private void create(Customer customer, String id, String key, SyncTally tally) {
        if (options.dryRun()) {
            tally.created();
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
            tally.created();
        } catch (AnnexCloudConflictException raced) {
            tally.unchanged();
        } catch (TransportException lost) {
            // The create may have landed before the connection failed: look before counting it lost.
            try {
                annex.users().get(id);
                tally.created();
            } catch (SdkException stillUnknown) {
                failed(tally, key, lost);
            }
        } catch (SdkException e) {
            failed(tally, key, e);
        }
        invalidate.accept(id);
        LOG.debug("enrolment of {} done", key);
    }
}
