package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Json;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Keeps each job's checkpoint as {@code <jobName>.checkpoint.json} in a directory, written to a
 * temporary file, flushed to disk and moved into place ({@code ATOMIC_MOVE}) so a crash leaves either the
 * old checkpoint or the new one, never half of one. A save works on an interrupted thread (and leaves it
 * interrupted). A checkpoint that cannot be read is a
 * {@link CheckpointUnreadableException}, never silently ignored.
 */
public final class FileCheckpointStore implements CheckpointStore {
    private final Path directory;

    /** A store in the given directory (created when missing). */
    public FileCheckpointStore(Path directory) {
        this.directory = Checks.requireNonNull(directory, "directory");
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
            throw new CheckpointUnreadableException(file, e);
        }
    }

    @Override
    public void save(String jobName, Checkpoint checkpoint) {
        Path file = fileOf(jobName);
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, jobName, ".tmp");
            // a stream, not a FileChannel: a channel closes when the thread is interrupted, and the save that
            // an interrupted sync makes on its way out must still land
            try (FileOutputStream out = new FileOutputStream(temporary.toFile())) {
                out.write(Json.write(checkpoint));
                out.getFD().sync(); // on disk before the rename, or a crash could leave an empty checkpoint
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        } finally {
            deleteQuietly(temporary);
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

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the write already failed with its own exception; a stray .tmp file is harmless
            }
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
