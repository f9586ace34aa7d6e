package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.CheckpointUnreadableException;
import com.annexcloud.sdk.bridge.LeaseHeldException;
import com.annexcloud.sdk.bridge.LeaseLostException;
import com.annexcloud.sdk.bridge.jdbc.CheckpointDatabaseException;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.SdkException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync gorgias-to-annex} and {@code sync annex-to-gorgias --members <file>}: progress and every skip
 * or failure with its reason on stderr, the JSON summary as the last stdout line
 * ({@code "dryRun":true} and {@code "interrupted":true} added when so). Exit 0 when done, 1 when done with
 * failed items, 2 for bad usage or configuration, 3 when the run could not run (an upstream failure before
 * any item, an unreadable members file or checkpoint). SIGINT/SIGTERM stop the run cleanly with its summary
 * and a line on how to resume.
 */
@Command(name = "sync", description = "Sync customers one way or the other (needs ANNEXCLOUD_* and GORGIAS_*).")
final class SyncCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExampleConfig config;
    private final PrintStream out;
    private final PrintStream err;

    private SyncCommand(ExampleConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    /** {@code sync} with its two directions. */
    static CommandLine commandLine(ExampleConfig config, PrintStream out, PrintStream err) {
        SyncCommand sync = new SyncCommand(config, out, err);
        return new CommandLine(sync).addSubcommand(new ToAnnexCloud(sync)).addSubcommand(new ToGorgias(sync));
    }

    /** Without a direction: a usage error. */
    @Override
    public void run() {
        throw new UsageException("sync needs a direction: gorgias-to-annex or annex-to-gorgias");
    }

    /** One direction's work, given the clients and the options. */
    @FunctionalInterface
    private interface Direction {
        SyncReport sync(Upstreams upstreams, SyncOptions options) throws IOException;
    }

    private int run(String name, OptionalLong total, SyncFlags flags, Direction direction) {
        SyncOptions options = flags.options();
        SyncProgress progress = new SyncProgress(err, Clock.systemUTC(), total);
        err.println("sync " + name + (total.isPresent() ? ": " + total.getAsLong() + " member ids" : "")
                + (options.dryRun() ? " - dry run: nothing will be written" : ""));
        SyncInterruption signals = SyncInterruption.arm();
        try {
            SyncReport report;
            try (Upstreams upstreams = Upstreams.both(config, flags.checkpoints(), progress)) {
                progress.budget(upstreams::gorgiasBudget);
                report = direction.sync(upstreams, options);
                progress.finish(report); // its last line carries the Gorgias budget and its use
            } catch (CheckpointUnreadableException e) {
                err.println("could not run: " + e.getMessage());
                err.println("run the same command with --restart to discard the checkpoint; nothing already written is redone");
                return BridgeExample.COULD_NOT_RUN;
            } catch (LeaseHeldException | LeaseLostException | CheckpointDatabaseException e) {
                err.println("could not run: " + e.getMessage());
                return BridgeExample.COULD_NOT_RUN;
            } catch (SdkException e) {
                if (e.isEndpointNotFound()) {
                    throw e; // a wrong base URL: a configuration error, reported as such
                }
                err.println("could not run: upstream failure: " + e.getMessage());
                return BridgeExample.COULD_NOT_RUN;
            } catch (IOException | UncheckedIOException e) {
                err.println("could not run: " + e.getMessage());
                return BridgeExample.COULD_NOT_RUN;
            }
            if (report.dryRun()) {
                err.println("dry run: nothing was written; the counts say what would have been done");
            }
            if (report.interrupted()) {
                err.println(report.dryRun() ? "interrupted: a dry run keeps no checkpoint; run it again to start over"
                        : "interrupted: run the same command again to resume from its checkpoint in "
                        + flags.checkpoints().filter(place -> place.startsWith("jdbc:")).map(place -> "the database")
                                .orElseGet(() -> flags.checkpoints().map(Path::of).orElseGet(config::checkpointDirectory)
                                        .toAbsolutePath().toString()));
            }
            out.println(summary(report));
            out.flush();
            return report.failed() > 0 ? BridgeExample.FAILED : BridgeExample.OK;
        } finally {
            signals.close(); // after the summary: a pending SIGTERM may now end the process
        }
    }

    /** The report's JSON, with {@code "dryRun":true} and {@code "interrupted":true} when they are. */
    static String summary(SyncReport report) {
        try {
            ObjectNode summary = (ObjectNode) JSON.readTree(report.toJson());
            if (report.dryRun()) {
                summary.put("dryRun", true);
            }
            if (report.interrupted()) {
                summary.put("interrupted", true);
            }
            return summary.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("the report's own JSON could not be read", e);
        }
    }

    /** {@code sync gorgias-to-annex}. */
    @Command(name = "gorgias-to-annex", abbreviateSynopsis = true, description = {"Enrol every Gorgias customer with an email as a loyalty member.",
            "Needs ANNEXCLOUD_SITE_ID, ANNEXCLOUD_SECRET, GORGIAS_BASE_URL, GORGIAS_EMAIL and GORGIAS_API_KEY."})
    static final class ToAnnexCloud implements Callable<Integer> {
        private final SyncCommand sync;

        @Mixin
        private SyncFlags flags;

        ToAnnexCloud(SyncCommand sync) {
            this.sync = sync;
        }

        @Override
        public Integer call() {
            return sync.run("gorgias-to-annex", OptionalLong.empty(), flags,
                    (upstreams, options) -> upstreams.sync().gorgiasToAnnexCloud(options));
        }
    }

    /** {@code sync annex-to-gorgias --members <file>}. */
    @Command(name = "annex-to-gorgias", abbreviateSynopsis = true, description = {
            "Make each member a Gorgias customer carrying the loyalty summary as customer data.",
            "Needs ANNEXCLOUD_SITE_ID, ANNEXCLOUD_SECRET, GORGIAS_BASE_URL, GORGIAS_EMAIL and GORGIAS_API_KEY."})
    static final class ToGorgias implements Callable<Integer> {
        private final SyncCommand sync;

        @Option(names = "--members", required = true, paramLabel = "<file>", description = "Member ids, one a line.")
        private Path members;

        @Mixin
        private SyncFlags flags;

        ToGorgias(SyncCommand sync) {
            this.sync = sync;
        }

        @Override
        public Integer call() {
            if (!Files.isReadable(members) || Files.isDirectory(members)) {
                throw new UsageException("cannot read members file " + members);
            }
            OptionalLong total;
            try {
                total = MembersFile.count(members);
            } catch (IOException | UncheckedIOException e) {
                sync.err.println("could not run: " + e.getMessage());
                return BridgeExample.COULD_NOT_RUN;
            }
            return sync.run("annex-to-gorgias", total, flags, (upstreams, options) -> {
                try (MembersFile ids = MembersFile.open(members)) {
                    return upstreams.sync().annexCloudToGorgias(ids, options);
                }
            });
        }
    }
}
