package com.annexcloud.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.FileCheckpointStore;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's hostile members input: a 10 MB line, then a crash (an interrupt) right after it. The
 * checkpoint written after that line stays small and readable, so the rerun resumes instead of failing
 * with "cannot read checkpoint" forever.
 */
class HostileSyncInputTest {
    private final Sandbox sandbox = Sandbox.builder().data(SandboxData.sample()).start();
    private final AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
            .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret()).build();
    private final GorgiasClient gorgias = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
            .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey()).build();

    @TempDir
    Path directory;

    @AfterEach
    void close() {
        gorgias.close();
        annex.close();
        sandbox.close();
    }

    private LoyaltySync sync(SyncListener listener) {
        return LoyaltySync.builder().bridge(LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build())
                .checkpoints(new FileCheckpointStore(directory)).listener(listener).build();
    }

    @Test
    void aHugeLineThenACrashStillResumes() throws Exception {
        List<String> input = List.of("x".repeat(10 * 1024 * 1024), "john.doe@example.com");
        Thread runner = Thread.currentThread();

        SyncReport crashed = sync(soFar -> {
            if (soFar.scanned() == 1) {
                runner.interrupt();
            }
        }).annexCloudToGorgias(input.iterator(), SyncOptions.defaults());
        Thread.interrupted();
        Path checkpoint = directory.resolve("annex-to-gorgias-default.checkpoint.json");
        long size = Files.size(checkpoint);
        SyncReport resumed = sync(SyncListener.none()).annexCloudToGorgias(input.iterator(), SyncOptions.defaults());

        assertThat(crashed.interrupted()).isTrue();
        assertThat(size).isLessThan(4096);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.scanned()).isEqualTo(2);
        assertThat(resumed.skipped()).isEqualTo(1);
        assertThat(resumed.failed()).isZero();
        assertThat(checkpoint).doesNotExist();
    }
}
