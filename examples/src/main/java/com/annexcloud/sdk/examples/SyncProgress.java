package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.SyncFailure;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Prints sync progress to stderr: each skip and failure with its reason as it happens, and at most once a
 * second (and once more at the end, however short the run) a line with the items done, the rate, the time
 * left when the total is known (a resumed run's rate counts only its own items, from its first report), the counts, and, once {@link #budget} is given, the Gorgias budget and its use.
 */
final class SyncProgress implements SyncListener {
    private final PrintStream out;
    private final Clock clock;
    private final Instant started;
    private final OptionalLong total;
    private Instant lastPrinted = Instant.EPOCH;
    /** For a resumed run, the first report's count and time: the rate counts this run's items only. */
    private long resumedScanned;
    private Instant resumedAt;
    private Supplier<String> budget = () -> "";
    private int skipsShown;
    private int failuresShown;

    SyncProgress(PrintStream out, Clock clock, OptionalLong total) {
        this.out = out;
        this.clock = clock;
        this.started = clock.instant();
        this.total = total;
    }

    /** Adds the Gorgias budget line to each progress line. */
    synchronized void budget(Supplier<String> line) {
        this.budget = line;
    }

    @Override
    public synchronized void onProgress(SyncReport soFar) {
        reasons(soFar);
        Instant now = clock.instant();
        if (Duration.between(lastPrinted, now).compareTo(Duration.ofSeconds(1)) < 0) {
            return;
        }
        lastPrinted = now;
        out.println(line(soFar, now));
    }

    /** The reasons not shown yet and the last progress line, for the run's final report. */
    synchronized void finish(SyncReport report) {
        reasons(report);
        out.println(line(report, clock.instant()));
    }

    private void reasons(SyncReport soFar) {
        skipsShown = show("skipped", soFar.skips(), skipsShown);
        failuresShown = show("failed", soFar.failures(), failuresShown);
    }

    private int show(String what, List<SyncFailure> reasons, int shown) {
        for (int i = shown; i < reasons.size(); i++) {
            out.println(what + " " + reasons.get(i).key() + ": " + reasons.get(i).reason());
        }
        return Math.max(shown, reasons.size());
    }

    /** One progress line for the counts at {@code now}. */
    String line(SyncReport soFar, Instant now) {
        if (soFar.resumed() && resumedAt == null) {
            resumedScanned = soFar.scanned();
            resumedAt = now;
        }
        Instant from = resumedAt == null ? started : resumedAt;
        double seconds = Math.max(0.001, Duration.between(from, now).toMillis() / 1000.0);
        double rate = (soFar.scanned() - resumedScanned) / seconds;
        StringBuilder line = new StringBuilder(String.format("done %d", soFar.scanned()));
        total.ifPresent(t -> line.append('/').append(t));
        line.append(String.format(", %.1f/s", rate));
        if (total.isPresent() && rate > 0) {
            long left = Math.max(0, total.getAsLong() - soFar.scanned());
            line.append(", about ").append(duration(Math.round(left / rate))).append(" left");
        }
        line.append(String.format(" (created %d, updated %d, unchanged %d, skipped %d, failed %d)",
                soFar.created(), soFar.updated(), soFar.unchanged(), soFar.skipped(), soFar.failed()));
        String gorgias = budget.get();
        if (!gorgias.isEmpty()) {
            line.append("; ").append(gorgias);
        }
        return line.toString();
    }

    /** Seconds as {@code 42s}, {@code 3m05s} or {@code 2h07m}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format("%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
