package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.model.SyncOptions;
import picocli.CommandLine.Option;

/**
 * The options both sync directions take, turned into {@link SyncOptions}. A further sync option (such as
 * where checkpoints are kept) belongs here, so both directions get it and their usage shows it.
 */
final class SyncFlags {
    @Option(names = "--dry-run", description = "Write nothing; the summary says what would have been done.")
    private boolean dryRun;

    @Option(names = "--restart", description = "Discard the checkpoint of an earlier run and start over.")
    private boolean restart;

    /** The sync's options. */
    SyncOptions options() {
        return SyncOptions.builder().dryRun(dryRun).restart(restart).build();
    }
}
