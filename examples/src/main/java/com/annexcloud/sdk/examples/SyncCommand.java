package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code sync gorgias-to-annex} and {@code sync annex-to-gorgias --members <file>}: progress on stderr,
 * the JSON summary as the last stdout line; exit 1 when any item failed.
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
        SyncOptions options = SyncOptions.builder().dryRun(args.contains("--dry-run")).build();
        SyncReport report;
        switch (args.get(0)) {
            case "gorgias-to-annex":
                SyncProgress toAnnex = progress(OptionalLong.empty());
                try (Upstreams upstreams = Upstreams.fromConfig(config, toAnnex)) {
                    toAnnex.budget(upstreams::gorgiasBudget);
                    report = upstreams.bridge().syncGorgiasToAnnexCloud(options);
                    err.println(upstreams.gorgiasBudget());
                }
                break;
            case "annex-to-gorgias":
                Path members = membersFile(args);
                long total = countLines(members);
                SyncProgress toGorgias = progress(OptionalLong.of(total));
                try (Upstreams upstreams = Upstreams.fromConfig(config, toGorgias);
                     BufferedReader reader = Files.newBufferedReader(members, StandardCharsets.UTF_8)) {
                    toGorgias.budget(upstreams::gorgiasBudget);
                    Iterator<String> ids = reader.lines().map(String::trim).filter(line -> !line.isEmpty()).iterator();
                    report = upstreams.bridge().syncAnnexCloudToGorgias(ids, options);
                    err.println(upstreams.gorgiasBudget());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                break;
            default:
                throw new UsageException("unknown sync direction '" + args.get(0) + "'");
        }
        report.failures().forEach(f -> err.println("failed: " + f.key() + ": " + f.reason()));
        if (report.interrupted()) {
            err.println("interrupted: run the same command again to resume");
        }
        out.println(report.toJson());
        return report.failed() > 0 ? BridgeExample.UPSTREAM_FAILURE : BridgeExample.OK;
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
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read members file " + file);
        }
        return file;
    }

    private static long countLines(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
