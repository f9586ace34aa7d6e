package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import java.util.Optional;

/** Where a sync starts: from its checkpoint, or from the beginning for a dry run or a restart. */
final class Checkpoints {
    private Checkpoints() {
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
