package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.SyncFailure;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.sandbox.SandboxData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile input can do to a checkpoint (nothing that breaks a resume), and the way out of a damaged one. */
class CheckpointBoundsTest {
    private final SyncFixture fixture = new SyncFixture(SandboxData.builder().build(), 40, Duration.ofSeconds(20));

    @TempDir
    Path directory;

    @AfterEach
    void close() {
        fixture.close();
    }

    private LoyaltySync sync(CheckpointStore store) {
        return fixture.sync(store, SyncListener.none());
    }

    @Test
    void aHugeInputLineIsKeptInTheCheckpointOnlyAsABoundedKey() {
        String huge = "x".repeat(1_000_000) + "\u0007";
        List<Checkpoint> saved = new ArrayList<>();
        CheckpointStore recording = new CheckpointStore() {
            @Override
            public Optional<Checkpoint> load(String jobName) {
                return Optional.empty();
            }

            @Override
            public void save(String jobName, Checkpoint checkpoint) {
                saved.add(checkpoint);
            }

            @Override
            public void clear(String jobName) {
            }
        };

        // a second passes after the first item, so the run saves its checkpoint after the second (it saves
        // every 100 items or every second)
        LoyaltySync slow = fixture.sync(recording, soFar -> {
            if (soFar.scanned() == 1) {
                fixture.time.advance(java.time.Duration.ofSeconds(1));
            }
        });
        SyncReport report = slow.annexCloudToGorgias(List.of(huge, "bell\u0007@example.com").iterator(),
                SyncOptions.defaults());

        assertThat(report.skipped()).isEqualTo(2);
        assertThat(saved).isNotEmpty().allSatisfy(checkpoint -> assertThat(checkpoint.skips())
                .allSatisfy(skip -> assertThat(skip.key().length() + skip.reason().length()).isLessThanOrEqualTo(400)));
        assertThat(report.skips()).extracting(SyncFailure::key)
                .allSatisfy(key -> assertThat(key.chars().noneMatch(Character::isISOControl)).isTrue());
        assertThat(report.skips().get(0).key()).endsWith("…");
    }

    @Test
    void anUnreadableCheckpointStopsTheRunAndRestartDiscardsIt() throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(directory);
        Files.writeString(directory.resolve("annex-to-gorgias-default.checkpoint.json"), "{\"runStartedAt\":\"garbage");
        Iterator<String> none = List.<String>of().iterator();

        assertThatThrownBy(() -> sync(store).annexCloudToGorgias(none, SyncOptions.defaults()))
                .isInstanceOf(CheckpointUnreadableException.class);
        SyncReport restarted = sync(store).annexCloudToGorgias(List.of("nobody@example.com").iterator(),
                SyncOptions.builder().restart(true).build());

        assertThat(restarted.resumed()).isFalse();
        assertThat(restarted.skipped()).isEqualTo(1);
        assertThat(directory.resolve("annex-to-gorgias-default.checkpoint.json")).doesNotExist();
    }

    @Test
    void aDryRunRestartLeavesTheCheckpointAlone() throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(directory);
        Path file = directory.resolve("annex-to-gorgias-default.checkpoint.json");
        Files.writeString(file, "{\"runStartedAt\":\"garbage");

        SyncReport dryRun = sync(store).annexCloudToGorgias(List.of("nobody@example.com").iterator(),
                SyncOptions.builder().dryRun(true).restart(true).build());

        assertThat(dryRun.dryRun()).isTrue();
        assertThat(file).hasContent("{\"runStartedAt\":\"garbage");
    }
}
