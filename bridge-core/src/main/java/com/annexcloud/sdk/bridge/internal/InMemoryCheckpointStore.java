package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link CheckpointStore} in a map. */
public final class InMemoryCheckpointStore implements CheckpointStore {
    private final Map<String, Checkpoint> checkpoints = new ConcurrentHashMap<>();

    @Override
    public Optional<Checkpoint> load(String jobName) {
        return Optional.ofNullable(checkpoints.get(jobName));
    }

    @Override
    public void save(String jobName, Checkpoint checkpoint) {
        checkpoints.put(jobName, checkpoint);
    }

    @Override
    public void clear(String jobName) {
        checkpoints.remove(jobName);
    }
}
