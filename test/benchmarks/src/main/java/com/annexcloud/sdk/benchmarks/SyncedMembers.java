package com.annexcloud.sdk.benchmarks;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.RequestListener;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The starting point of a sync re-run benchmark: a sandbox with {@code members} loyalty members whose cards its
 * Gorgias already holds (written by a setup run with a budget that does not bind, not measured), then set to the
 * API-key budget (40 per 20 s) with every Annex Cloud answer held for {@code latency}.
 */
record SyncedMembers(Sandbox sandbox, List<String> ids, int concurrency, Duration latency) {

    /** Starts from the command line's {@code [members] [concurrency] [latencyMs]} (10000, 16, 100 by default). */
    static SyncedMembers start(String[] args) {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Duration latency = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 100);
        var data = SandboxData.builder();
        IntStream.range(0, members).forEach(i -> data.addMembers(SandboxMember.builder().id(email(i)).email(email(i))
                .firstName("First" + i).lastName("Last" + i).availablePoints(10L * i).lifetimePoints(20L * i).build()));
        Sandbox sandbox = Sandbox.builder().data(data.build()).gorgiasBudget(10_000, Duration.ofSeconds(1)).start();
        List<String> ids = IntStream.range(0, members).mapToObj(SyncedMembers::email).toList();
        BenchEnvironment setup = new BenchEnvironment(sandbox, Optional.empty(), RequestListener.none());
        long setupStart = System.nanoTime();
        SyncReport created = LoyaltySync.builder()
                .bridge(LoyaltyBridge.builder().annexCloud(setup.annex).gorgias(setup.gorgias).build()).build()
                .annexCloudToGorgias(ids.iterator(), SyncOptions.builder().concurrency(concurrency).build());
        System.out.printf("setup: %s in %.1f s%n", created.toJson(), (System.nanoTime() - setupStart) / 1e9);
        setup.annex.close();
        setup.gorgias.close();
        sandbox.gorgias().budget(40, Duration.ofSeconds(20));
        sandbox.annexCloud().faults().delay("GET", ".*", latency);
        return new SyncedMembers(sandbox, ids, concurrency, latency);
    }

    private static String email(int i) {
        return String.format("member%05d@example.com", i);
    }
}
