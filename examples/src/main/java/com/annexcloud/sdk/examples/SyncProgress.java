package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Prints sync progress to stderr at most once a second: items done, rate, time left when the total is known,
 * and, once {@link #budget} is given, the Gorgias budget and its use.
 */
final class SyncProgress implements SyncListener {
    private final PrintStream out;
    private final Clock clock;
    private final Instant started;
    private final OptionalLong total;
    private Instant lastPrinted = Instant.EPOCH;
    private Supplier<String> budget = () -> "";

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
        Instant now = clock.instant();
        if (Duration.between(lastPrinted, now).compareTo(Duration.ofSeconds(1)) < 0) {
            return;
        }
        lastPrinted = now;
        out.println(line(soFar, now));
    }

    /** One progress line for the counts at {@code now}. */
    String line(SyncReport soFar, Instant now) {
        double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
        double rate = soFar.scanned() / seconds;
        StringBuilder line = new StringBuilder(String.format("done %d", soFar.scanned()));
        total.ifPresent(t -> line.append('/').append(t));
        line.append(String.format(", %.1f/s", rate));
        if (total.isPresent() && rate > 0) {
            long left = Math.max(0, total.getAsLong() - soFar.scanned());
            line.append(String.format(", about %ds left", Math.round(left / rate)));
        }
        line.append(String.format(" (created %d, updated %d, unchanged %d, skipped %d, failed %d)",
                soFar.created(), soFar.updated(), soFar.unchanged(), soFar.skipped(), soFar.failed()));
        String gorgias = budget.get();
        if (!gorgias.isEmpty()) {
            line.append("; ").append(gorgias);
        }
        return line.toString();
    }
}
