package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.JobLease;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import java.util.Optional;

/** Where a sync starts: from its checkpoint, or from the beginning for a dry run or a restart; and who may run it. */
final class Checkpoints {
    private Checkpoints() {
    }

    /**
     * The job's lease, taken before its checkpoint is read so the checkpoint is the last owner's final one.
     * A dry run writes nothing and may run beside a real one: it takes no lease.
     */
    static JobLease lease(CheckpointStore store, String job, SyncOptions options) {
        return options.dryRun() ? new UnguardedLease(job) : store.lease(job, options.leaseWait());
    }

    /** The checkpoint to resume from; a restart discards the job's checkpoint unread first. */
    static Optional<Checkpoint> resume(CheckpointStore store, String job, SyncOptions options) {
        if (options.dryRun()) {
            return Optional.empty();
        }
        if (options.restart()) {
            store.clear(job);
            return Optional.empty();
        }
        return store.load(job);
    }
}
