package com.annexcloud.sdk.benchmarks;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Annex Cloud → Gorgias sync on the sandbox in real time: Gorgias requests per synced member (first run
 * and re-run) and throughput as a fraction of the configured budget. The fraction is
 * {@code requests ÷ ((elapsed + window) × budget rate)}: a client that sends a full window at once and
 * then one window's worth each window scores 1.0.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar com.annexcloud.sdk.benchmarks.SyncBudgetBenchmark [members] [budget] [windowSeconds]}
 */
public final class SyncBudgetBenchmark {
    private SyncBudgetBenchmark() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void main(String[] args) {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int budget = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 2);
        BenchEnvironment.tuneJdkHttpServer();
        var data = SandboxData.builder();
        IntStream.range(0, members).forEach(i -> data.addMembers(SandboxMember.builder().id(email(i)).email(email(i))
                .firstName("First" + i).lastName("Last" + i).availablePoints(10L * i).lifetimePoints(20L * i).build()));
        IntStream.range(0, members / 6).forEach(i -> data.addCustomers(SandboxCustomer.builder().email(email(i)).build()));
        Sandbox sandbox = Sandbox.builder().data(data.build()).gorgiasBudget(budget, window).start();
        try (BenchEnvironment env = new BenchEnvironment(sandbox, GorgiasRateLimit.of(budget, window))) {
            LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(env.annex).gorgias(env.gorgias).build();
            List<String> ids = IntStream.range(0, members).mapToObj(SyncBudgetBenchmark::email).toList();
            double rate = budget / (double) window.toSeconds();
            System.out.printf("%d members (%d already Gorgias customers), budget %d / %d s%n", members, members / 6,
                    budget, window.toSeconds());
            run("first run", bridge, ids, env, window, rate);
            run("re-run", bridge, ids, env, window, rate);
        }
    }

    private static void run(String name, LoyaltyBridge bridge, List<String> ids, BenchEnvironment env, Duration window,
                            double rate) {
        env.sandbox.gorgias().requests().reset();
        long start = System.nanoTime();
        SyncReport report = bridge.syncAnnexCloudToGorgias(ids.iterator(), SyncOptions.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        int requests = env.sandbox.gorgias().requests().total();
        System.out.printf("%-9s %s%n", name, report.toJson());
        System.out.printf("%-9s %d Gorgias requests in %.1f s = %.2f per member; budget use %.2f%n", name, requests,
                seconds, requests / (double) ids.size(), requests / ((seconds + window.toSeconds()) * rate));
    }

    private static String email(int i) {
        return String.format("member%04d@example.com", i);
    }
}
