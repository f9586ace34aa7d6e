package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sandbox and both clients sharing one {@link ManualTime}: the clients' pacing waits advance the
 * same clock the sandbox's rate limit reads, so budget-bound syncs run instantly and deterministically.
 */
final class SyncFixture implements AutoCloseable {
    final ManualTime time = ManualTime.create();
    final Sandbox sandbox;
    final AnnexCloudClient annex;
    final GorgiasClient gorgias;
    final AtomicInteger gorgias429s = new AtomicInteger();
    final CheckpointStore checkpoints = CheckpointStore.inMemory();

    SyncFixture(SandboxData data, int budget, Duration window) {
        sandbox = Sandbox.builder().data(data).clock(time.clock()).gorgiasBudget(budget, window).start();
        ClientOptions options = ClientOptions.builder()
                .httpVersion(HttpClient.Version.HTTP_1_1).clock(time.clock()).sleeper(time).build();
        annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri()).siteId(sandbox.annexCloud().siteId())
                .secret(sandbox.annexCloud().secret()).options(options).build();
        gorgias = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey())
                .rateLimit(GorgiasRateLimit.of(budget, window))
                .options(ClientOptions.builder().from(options).listener(this::count429).build())
                .build();
    }

    private void count429(RequestEvent event) {
        if (event.kind() != RequestEvent.Kind.START && event.status().orElse(0) == 429) {
            gorgias429s.incrementAndGet();
        }
    }

    /** A bridge on the fixture's clients and clock. */
    LoyaltyBridge bridge() {
        return LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).clock(time.clock()).build();
    }

    LoyaltySync sync(SyncListener listener) {
        return sync(checkpoints, listener);
    }

    LoyaltySync sync(CheckpointStore store, SyncListener listener) {
        return LoyaltySync.builder().bridge(bridge()).checkpoints(store).listener(listener).build();
    }

    static String email(int i) {
        return String.format("customer%03d@example.com", i);
    }

    static SandboxMember member(int i) {
        return SandboxMember.builder().id(email(i)).email(email(i)).firstName("First" + i).lastName("Last" + i)
                .availablePoints(100L * i).lifetimePoints(150L * i).build();
    }

    static SandboxCustomer customer(int i, boolean withEmail) {
        var customer = SandboxCustomer.builder().name("First" + i + " Last" + i).firstname("First" + i)
                .lastname("Last" + i)
                .updatedDatetime(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(i));
        if (withEmail) {
            customer.email(email(i));
        }
        return customer.build();
    }

    @Override
    public void close() {
        annex.close();
        gorgias.close();
        sandbox.close();
    }
}
