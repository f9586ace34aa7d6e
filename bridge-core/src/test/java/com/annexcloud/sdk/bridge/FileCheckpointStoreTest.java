package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckpointStoreTest {
    @TempDir
    Path directory;

    private static Checkpoint checkpoint(long position) {
        return Checkpoint.builder()
                .runStartedAt(OffsetDateTime.parse("2026-11-24T05:00:00Z"))
                .watermark(OffsetDateTime.parse("2026-11-20T10:15:30.123456Z"))
                .position(position)
                .progress(SyncReport.builder().scanned(7).created(3).updated(1).unchanged(2).skipped(1).failed(0).build())
                .build();
    }

    @Test
    void savesLoadsAndClearsACheckpointByJobName() {
        FileCheckpointStore store = new FileCheckpointStore(directory.resolve("nested"));

        store.save("nightly", checkpoint(42));

        assertThat(store.load("nightly")).contains(checkpoint(42));
        assertThat(store.load("other")).isEmpty();
        assertThat(directory.resolve("nested/nightly.checkpoint.json")).exists();
        store.clear("nightly");
        assertThat(store.load("nightly")).isEmpty();
        store.clear("nightly");
    }

    @Test
    void aNewSaveReplacesTheOldOneAndLeavesNoTemporaryFiles() throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(directory);

        store.save("job", checkpoint(1));
        store.save("job", checkpoint(2));

        assertThat(store.load("job").orElseThrow().position()).isEqualTo(2);
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("job.checkpoint.json");
        }
    }

    @Test
    void aSaveOnAnInterruptedThreadLandsAndKeepsTheInterrupt() {
        FileCheckpointStore store = new FileCheckpointStore(directory);

        Thread.currentThread().interrupt();
        try {
            store.save("job", checkpoint(7));
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is still pending").isTrue();
        }

        assertThat(store.load("job")).contains(checkpoint(7));
    }

    @Test
    void jobNamesCannotEscapeTheDirectory() {
        FileCheckpointStore store = new FileCheckpointStore(directory);

        assertThatThrownBy(() -> store.save("../evil", checkpoint(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.load("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.clear("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorruptCheckpointIsReportedNotIgnored() throws Exception {
        Files.writeString(directory.resolve("job.checkpoint.json"), "{not json");

        assertThatThrownBy(() -> new FileCheckpointStore(directory).load("job"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("job.checkpoint.json");
    }

    @Test
    void anUnreadableCheckpointNamesItsFileAndTheWayOut() throws Exception {
        Files.writeString(directory.resolve("job.checkpoint.json"), "{\"runStartedAt\":");

        assertThatThrownBy(() -> new FileCheckpointStore(directory).load("job"))
                .isInstanceOfSatisfying(CheckpointUnreadableException.class,
                        e -> assertThat(e.file()).isEqualTo(directory.resolve("job.checkpoint.json")))
                .hasMessageContaining("restart");
    }

    @Test
    void aFailedWriteKeepsTheOldCheckpointAndLeavesNoTemporaryFile() throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(directory);
        store.save("job", checkpoint(1));
        Path target = directory.resolve("job.checkpoint.json");
        Files.delete(target);
        Files.createDirectory(target); // a directory in the way: the move into place fails
        Files.writeString(target.resolve("keep"), "x");

        assertThatThrownBy(() -> store.save("job", checkpoint(2))).isInstanceOf(UncheckedIOException.class);
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("job.checkpoint.json");
        }
    }

    @Test
    void inMemoryStoreKeepsCheckpointsPerJob() {
        CheckpointStore store = CheckpointStore.inMemory();

        store.save("a", checkpoint(1));

        assertThat(store.load("a")).contains(checkpoint(1));
        assertThat(store.load("b")).isEmpty();
        store.clear("a");
        assertThat(store.load("a")).isEmpty();
    }
}
