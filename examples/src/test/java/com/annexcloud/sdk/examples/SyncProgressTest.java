package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.SyncFailure;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.ManualTime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Sync progress on stderr: reasons as they come, rate and time left, a last line however short the run. */
class SyncProgressTest {
    private final ManualTime time = ManualTime.create();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final SyncProgress progress = new SyncProgress(new PrintStream(printed, true, StandardCharsets.UTF_8),
            time.clock(), OptionalLong.of(400));

    private static SyncReport report(long scanned, List<SyncFailure> skips, List<SyncFailure> failures) {
        return SyncReport.builder().scanned(scanned).created(scanned - skips.size() - failures.size()).updated(0)
                .unchanged(0).skipped(skips.size()).failed(failures.size()).skips(skips).failures(failures).build();
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachSkipAndFailureIsShownOnceWithItsReasonAsItHappens() {
        SyncFailure optedOut = SyncFailure.of("gorgias customer 7", "member opted out");
        SyncFailure refused = SyncFailure.of("member a@b.com", "Annex Cloud answered HTTP 500");

        progress.onProgress(report(1, List.of(optedOut), List.of()));
        time.advance(Duration.ofMillis(100));
        progress.onProgress(report(2, List.of(optedOut), List.of(refused)));
        time.advance(Duration.ofMillis(100));
        progress.finish(report(3, List.of(optedOut), List.of(refused)));

        assertThat(lines()).filteredOn(l -> !l.startsWith("done ")).containsExactly(
                "skipped gorgias customer 7: member opted out", "failed member a@b.com: Annex Cloud answered HTTP 500");
        // the first item and the end print a counts line; the item between them falls within the second
        assertThat(lines()).filteredOn(l -> l.startsWith("done ")).hasSize(2).last().asString()
                .startsWith("done 3/400, 15.0/s, about 26s left (created 1, updated 0, unchanged 0, skipped 1, failed 1)");
    }

    @Test
    void aResumedRunsRateCountsOnlyItsOwnItems() {
        // 300 items were done by the interrupted run; this one does 10 more in 2 s
        progress.onProgress(SyncReport.builder().from(report(301, List.of(), List.of())).resumed(true).build());
        time.advance(Duration.ofSeconds(2));
        progress.finish(SyncReport.builder().from(report(311, List.of(), List.of())).resumed(true).build());

        assertThat(lines()).last().asString().startsWith("done 311/400, 5.0/s, about 18s left");
    }

    @Test
    void timeLeftReadsAsSecondsMinutesOrHours() {
        assertThat(SyncProgress.duration(42)).isEqualTo("42s");
        assertThat(SyncProgress.duration(185)).isEqualTo("3m05s");
        assertThat(SyncProgress.duration(7620)).isEqualTo("2h07m");
    }

    @Test
    void withoutATotalThereIsARateButNoTimeLeft() {
        SyncProgress open = new SyncProgress(new PrintStream(printed, true, StandardCharsets.UTF_8), time.clock(),
                OptionalLong.empty());
        time.advance(Duration.ofSeconds(2));

        open.finish(report(10, List.of(), List.of()));

        assertThat(lines()).containsExactly("done 10, 5.0/s (created 10, updated 0, unchanged 0, skipped 0, failed 0)");
    }
}
