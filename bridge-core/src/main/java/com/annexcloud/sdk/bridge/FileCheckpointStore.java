package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps each job's checkpoint as {@code <jobName>.checkpoint.json} in a directory, written to a
 * temporary file and moved into place so a crash never leaves half a checkpoint.
 */
public final class FileCheckpointStore implements CheckpointStore {
    private final Path directory;

    /** A store in the given directory (created when missing). */
    public FileCheckpointStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Optional<Checkpoint> load(String jobName) {
        Path file = fileOf(jobName);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), Checkpoint.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        }
    }

    @Override
    public void save(String jobName, Checkpoint checkpoint) {
        Path file = fileOf(jobName);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, jobName, ".tmp");
            Files.write(temporary, Json.write(checkpoint));
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }

    @Override
    public void clear(String jobName) {
        try {
            Files.deleteIfExists(fileOf(jobName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete checkpoint of " + jobName, e);
        }
    }

    private Path fileOf(String jobName) {
        if (jobName == null || !jobName.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("jobName must be 1-64 characters of letters, digits, '.', '_' or '-'");
        }
        return directory.resolve(jobName + ".checkpoint.json");
    }

    @Override
    public String toString() {
        return "FileCheckpointStore[" + directory + "]";
    }
}
