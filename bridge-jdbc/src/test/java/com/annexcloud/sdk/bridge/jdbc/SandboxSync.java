package com.annexcloud.sdk.bridge.jdbc;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A sandbox holding {@code members} loyalty members and no Gorgias customers, with a Gorgias budget that does not
 * bind, and bridges on it as separate nodes would build them (each its own clients and checkpoint store).
 */
final class SandboxSync implements AutoCloseable {
    final Sandbox sandbox;
    final List<String> memberIds;
    private final List<AutoCloseable> clients = new java.util.concurrent.CopyOnWriteArrayList<>();

    SandboxSync(int members) {
        var data = SandboxData.builder();
        IntStream.range(0, members).forEach(i -> data.addMembers(SandboxMember.builder().id(email(i)).email(email(i))
                .firstName("First" + i).lastName("Last" + i).availablePoints(100L * i).lifetimePoints(150L * i).build()));
        sandbox = Sandbox.builder().data(data.build()).gorgiasBudget(10_000, Duration.ofSeconds(1)).start();
        memberIds = IntStream.range(0, members).mapToObj(SandboxSync::email).toList();
    }

    static String email(int i) {
        return String.format("member%03d@example.com", i);
    }

    /** A node's sync on this sandbox. */
    LoyaltySync node(CheckpointStore store, SyncListener listener) {
        return node(store, listener, Clock.systemUTC());
    }

    /** A node whose sync reads {@code clock} (when it saves its checkpoint, among others). */
    LoyaltySync node(CheckpointStore store, SyncListener listener, Clock clock) {
        AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
                .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret()).build();
        GorgiasClient gorgias = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey())
                .rateLimit(GorgiasRateLimit.of(10_000, Duration.ofSeconds(1))).build();
        clients.add(annex);
        clients.add(gorgias);
        return LoyaltySync.builder().bridge(LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).clock(clock).build())
                .checkpoints(store).listener(listener).build();
    }

    /** How many Gorgias customers carry each email. */
    Map<String, Long> customersPerEmail() {
        return sandbox.gorgias().customers().stream()
                .collect(Collectors.groupingBy(c -> c.email().orElse(""), Collectors.counting()));
    }

    /** What Gorgias holds, customer by customer: email, name and the loyalty data written into it. */
    Map<String, String> gorgiasState() {
        return sandbox.gorgias().customers().stream().collect(Collectors.toMap(
                c -> c.email().orElse(""), SandboxSync::describe));
    }

    private static String describe(SandboxCustomer customer) {
        return customer.name().orElse("") + " " + customer.data().map(Object::toString).orElse("no data");
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
        sandbox.close();
    }
}
