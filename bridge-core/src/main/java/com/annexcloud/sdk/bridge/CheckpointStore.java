package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.internal.InMemoryCheckpointStore;
import com.annexcloud.sdk.bridge.internal.UnguardedLease;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps sync checkpoints by job name, so a run that crashed resumes where it stopped. A finished run
 * clears its checkpoint. Implementations must make {@link #save} atomic. A store shared by several
 * processes also hands out {@link #lease job leases}, so one job runs in one place at a time.
 */
public interface CheckpointStore {

    /** The checkpoint of a job, if an unfinished run left one. */
    Optional<Checkpoint> load(String jobName);

    /** Replaces the job's checkpoint. */
    void save(String jobName, Checkpoint checkpoint);

    /** Removes the job's checkpoint. */
    void clear(String jobName);

    /**
     * Takes the lease on a job before a run reads its checkpoint. A store shared between processes must
     * refuse a job another run holds; the default, for stores local to one process, guards nothing.
     *
     * @param wait how long to wait for another run's lease to be released or to expire (zero: do not wait)
     * @throws LeaseHeldException when another run still holds the job after {@code wait}
     */
    default JobLease lease(String jobName, Duration wait) {
        return new UnguardedLease(jobName);
    }

    /** A store in memory (lost with the process). */
    static CheckpointStore inMemory() {
        return new InMemoryCheckpointStore();
    }
}
