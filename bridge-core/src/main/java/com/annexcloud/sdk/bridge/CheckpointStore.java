package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.internal.InMemoryCheckpointStore;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import java.util.Optional;

/**
 * Keeps sync checkpoints by job name, so a run that crashed resumes where it stopped. A finished run
 * clears its checkpoint. Implementations must make {@link #save} atomic.
 */
public interface CheckpointStore {

    /** The checkpoint of a job, if an unfinished run left one. */
    Optional<Checkpoint> load(String jobName);

    /** Replaces the job's checkpoint. */
    void save(String jobName, Checkpoint checkpoint);

    /** Removes the job's checkpoint. */
    void clear(String jobName);

    /** A store in memory (lost with the process). */
    static CheckpointStore inMemory() {
        return new InMemoryCheckpointStore();
    }
}
