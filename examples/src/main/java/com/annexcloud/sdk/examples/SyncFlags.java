package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.model.SyncOptions;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options both sync directions take, turned into {@link SyncOptions} and the place checkpoints are
 * kept, so both directions get them and their usage shows them.
 */
final class SyncFlags {
    @Option(names = "--checkpoints", paramLabel = "<dir|jdbc-url>",
            description = {"Where checkpoints and job leases are kept: a directory (default: BRIDGE_CHECKPOINT_DIR,",
                    "else .bridge-checkpoints) or a JDBC URL such as jdbc:postgresql://db/loyalty, shared by every",
                    "node running the job (credentials from CHECKPOINT_DB_USER and CHECKPOINT_DB_PASSWORD)."})
    private String checkpoints;

    @Option(names = "--lease-wait", paramLabel = "<seconds>", defaultValue = "0",
            description = "With a JDBC store: how long to wait for another node's run of this job to end (default: refuse at once).")
    private long leaseWaitSeconds;

    @Option(names = "--dry-run", description = "Write nothing; the summary says what would have been done.")
    private boolean dryRun;

    @Option(names = "--restart", description = "Discard the checkpoint of an earlier run and start over.")
    private boolean restart;

    /** The sync's options. */
    SyncOptions options() {
        if (leaseWaitSeconds < 0) {
            throw new UsageException("--lease-wait must be zero or more seconds");
        }
        return SyncOptions.builder().dryRun(dryRun).restart(restart).leaseWait(Duration.ofSeconds(leaseWaitSeconds)).build();
    }

    /** The {@code --checkpoints} value, when given. */
    Optional<String> checkpoints() {
        return Optional.ofNullable(checkpoints).map(String::strip).filter(value -> !value.isEmpty());
    }
}
