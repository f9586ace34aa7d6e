package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.CheckpointUnreadableException;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.SdkException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code sync gorgias-to-annex} and {@code sync annex-to-gorgias --members <file>}: progress on stderr,
 * the JSON summary as the last stdout line. Exit 0 when done, 1 when done with failed items, 2 for bad
 * usage or configuration, 3 when the run could not run (an upstream failure before any item, an unreadable
 * members file or checkpoint). {@code --restart} discards the checkpoint and starts over.
 */
final class SyncCommand {
    private final ExampleConfig config;
    private final PrintStream out;
    private final PrintStream err;

    SyncCommand(ExampleConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("sync needs a direction: gorgias-to-annex or annex-to-gorgias");
        }
        SyncOptions options = SyncOptions.builder().dryRun(args.contains("--dry-run"))
                .restart(args.contains("--restart")).build();
        SyncReport report;
        try {
            report = sync(args, options);
        } catch (CheckpointUnreadableException e) {
            err.println("could not run: " + e.getMessage());
            err.println("run the same command with --restart to discard the checkpoint; nothing already written is redone");
            return BridgeExample.COULD_NOT_RUN;
        } catch (SdkException e) {
            err.println("could not run: upstream failure: " + e.getMessage());
            return BridgeExample.COULD_NOT_RUN;
        } catch (IOException | UncheckedIOException e) {
            err.println("could not run: " + e.getMessage());
            return BridgeExample.COULD_NOT_RUN;
        }
        report.failures().forEach(f -> err.println("failed: " + f.key() + ": " + f.reason()));
        if (report.interrupted()) {
            err.println("interrupted: run the same command again to resume");
        }
        out.println(report.toJson());
        return report.failed() > 0 ? BridgeExample.FAILED : BridgeExample.OK;
    }

    private SyncReport sync(List<String> args, SyncOptions options) throws IOException {
        switch (args.get(0)) {
            case "gorgias-to-annex":
                SyncProgress toAnnex = progress(OptionalLong.empty());
                try (Upstreams upstreams = Upstreams.fromConfig(config, toAnnex)) {
                    toAnnex.budget(upstreams::gorgiasBudget);
                    SyncReport report = upstreams.bridge().syncGorgiasToAnnexCloud(options);
                    err.println(upstreams.gorgiasBudget());
                    return report;
                }
            case "annex-to-gorgias":
                Path members = membersFile(args);
                SyncProgress toGorgias = progress(OptionalLong.of(MembersFile.count(members)));
                try (Upstreams upstreams = Upstreams.fromConfig(config, toGorgias);
                     MembersFile ids = MembersFile.open(members)) {
                    toGorgias.budget(upstreams::gorgiasBudget);
                    SyncReport report = upstreams.bridge().syncAnnexCloudToGorgias(ids, options);
                    err.println(upstreams.gorgiasBudget());
                    return report;
                }
            default:
                throw new UsageException("unknown sync direction '" + args.get(0) + "'");
        }
    }

    private SyncProgress progress(OptionalLong total) {
        return new SyncProgress(err, Clock.systemUTC(), total);
    }

    private static Path membersFile(List<String> args) {
        int at = args.indexOf("--members");
        if (at < 0 || at + 1 >= args.size()) {
            throw new UsageException("annex-to-gorgias needs --members <file> (one member id a line)");
        }
        Path file = Path.of(args.get(at + 1));
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new UsageException("cannot read members file " + file);
        }
        return file;
    }
}
