package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxExtension;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The sync commands in process against the sandbox: hostile members files, exit codes, unreadable checkpoints. */
@ExtendWith(SandboxExtension.class)
class SyncCommandTest {
    private final Sandbox sandbox;

    @TempDir
    Path work;

    SyncCommandTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    private Map<String, String> env() {
        return SandboxEnvironment.of(sandbox, work.resolve("checkpoints"));
    }

    private static CommandResult run(Map<String, String> env, String... args) {
        return CommandResult.run(env, args);
    }

    private Path members(byte[]... lines) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            file.write(line);
            file.write('\n');
        }
        Path path = work.resolve("members.txt");
        Files.write(path, file.toByteArray());
        return path;
    }

    private static byte[] text(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void badLinesAreSkippedWithAReasonAndTheRestIsSynced() throws Exception {
        Path file = members(text(DemoCommand.SAMPLE_MEMBER + "\r"), text(""), text("x".repeat(10 * 1024 * 1024)),
                new byte[] {'a', (byte) 0xC3, '(', '@', 'b', '.', 'c', 'o'}, text(DemoCommand.SAMPLE_MEMBER + "\u0000"));

        CommandResult result = run(env(), "sync", "annex-to-gorgias", "--members", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.lastLineJson().path("scanned").asInt()).isEqualTo(4);
        assertThat(result.lastLineJson().path("skipped").asInt()).isEqualTo(3);
        assertThat(result.lastLineJson().path("failed").asInt()).isZero();
        assertThat(result.err()).doesNotContain("Exception").hasSizeLessThan(10_000);
        assertThat(Files.exists(work.resolve("checkpoints/annex-to-gorgias-default.checkpoint.json"))).isFalse();
    }

    @Test
    void theReasonsNameTheLineAndTheProblem() throws Exception {
        try (MembersFile ids = MembersFile.open(members(text("x".repeat(MembersFile.MAX_LINE_BYTES + 1)),
                new byte[] {(byte) 0xFF}, text("  a@b.com  "), text("\uFEFFnot-first-line")))) {
            assertThat(ids).toIterable().containsExactly("(line 1: longer than 1280 bytes)",
                    "(line 2: not valid UTF-8)", "a@b.com", "\uFEFFnot-first-line");
        }
        assertThat(MembersFile.count(members(text("a@b.com"), text(" "), text("c@d.com")))).hasValue(2);
    }

    @Test
    void aPipeAsTheMembersFileIsSyncedNotConsumedByTheCount() throws Exception {
        Path fifo = work.resolve("members.fifo");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, text(DemoCommand.SAMPLE_MEMBER)); // blocks until the sync opens the pipe
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();

        CommandResult result = run(env(), "sync", "annex-to-gorgias", "--members", fifo.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.lastLineJson().path("scanned").asInt()).isEqualTo(1);
        assertThat(result.err()).doesNotContain("member ids");
    }

    @Test
    void anUnreadableCheckpointIsExitThreeWithTheWayOut() throws Exception {
        Path file = members(text(DemoCommand.SAMPLE_MEMBER));
        Files.createDirectories(work.resolve("checkpoints"));
        Files.writeString(work.resolve("checkpoints/annex-to-gorgias-default.checkpoint.json"), "{\"position\":");

        CommandResult stopped = run(env(), "sync", "annex-to-gorgias", "--members", file.toString());
        CommandResult restarted = run(env(), "sync", "annex-to-gorgias", "--members", file.toString(), "--restart");

        assertThat(stopped.exit()).isEqualTo(3);
        assertThat(stopped.err()).contains("--restart").doesNotContain("\tat ");
        assertThat(restarted.exit()).as(restarted.err()).isZero();
        assertThat(restarted.lastLineJson().path("scanned").asInt()).isEqualTo(1);
    }

    @Test
    void anUpstreamThatCannotBeReachedIsExitThree() {
        Map<String, String> env = env();
        env.put("GORGIAS_BASE_URL", "http://127.0.0.1:9/api");

        CommandResult result = run(env, "sync", "gorgias-to-annex");

        assertThat(result.exit()).isEqualTo(3);
        assertThat(result.err()).contains("could not run").doesNotContain(sandbox.gorgias().apiKey().reveal());
    }

    @Test
    void theSummaryAddsDryRunAndInterruptedOnlyWhenTheyAreTrue() {
        SyncReport plain = SyncReport.builder().scanned(3).created(1).updated(1).unchanged(1).skipped(0).failed(0).build();

        assertThat(SyncCommand.summary(plain)).isEqualTo(plain.toJson());
        assertThat(SyncCommand.summary(SyncReport.builder().from(plain).dryRun(true).interrupted(true).build()))
                .isEqualTo("{\"scanned\":3,\"created\":1,\"updated\":1,\"unchanged\":1,\"skipped\":0,\"failed\":0,"
                        + "\"dryRun\":true,\"interrupted\":true}");
    }

    @Test
    void aMissingMembersFileIsUsage() {
        assertThat(run(env(), "sync", "annex-to-gorgias").exit()).isEqualTo(2);
        assertThat(run(env(), "sync", "annex-to-gorgias", "--members", work.toString()).exit()).isEqualTo(2);
    }
}
