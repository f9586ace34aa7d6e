package com.annexcloud.sdk.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A checkpoint exists but cannot be read (damaged, or written by an incompatible version). The sync stops
 * before doing anything: run it again with {@code SyncOptions.restart(true)} (the example app's
 * {@code --restart}) to discard the checkpoint and start over. Both syncs are idempotent, so a restart
 * redoes no write that already landed: those items are counted as unchanged.
 */
public class CheckpointUnreadableException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String location;

    /** Creates the exception for the checkpoint file. */
    public CheckpointUnreadableException(Path file, IOException cause) {
        this(file, String.valueOf(file), cause);
    }

    /** Creates the exception for a checkpoint kept elsewhere than in a file, such as a database row. */
    public CheckpointUnreadableException(String location, IOException cause) {
        this(null, location, cause);
    }

    private CheckpointUnreadableException(Path file, String location, IOException cause) {
        super("cannot read checkpoint " + location + " (" + cause.getClass().getSimpleName()
                + "); run again with restart to discard it and start over", cause);
        this.file = file;
        this.location = location;
    }

    /** The checkpoint file that could not be read; null when the checkpoint is not kept in a file. */
    public Path file() {
        return file;
    }

    /** Where the checkpoint is kept: the file, or the store's description of the row. */
    public String location() {
        return location;
    }
}
