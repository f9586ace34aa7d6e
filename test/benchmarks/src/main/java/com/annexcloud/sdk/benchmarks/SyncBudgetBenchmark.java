package com.annexcloud.sdk.benchmarks;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.RequestListener;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.gorgias.RateLimitStatus;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Annex Cloud → Gorgias sync on the sandbox in real time, with the Gorgias client at its defaults (no
 * configured budget: it learns each account's from the answers), against several Gorgias budgets. For each:
 * 429s after the first answer, budget use {@code requests ÷ ((elapsed + window) × rate)} (sending a full
 * bucket at once and then the drain rate scores 1.0), Gorgias requests per new member on the first run and
 * per unchanged member on the re-run, failures, and customers duplicated.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar com.annexcloud.sdk.benchmarks.SyncBudgetBenchmark
 * [members] [budgets]}, budgets comma-separated (default {@code 40/20s,80/20s,40/10s,10/2s}).
 */
public final class SyncBudgetBenchmark {
    private SyncBudgetBenchmark() {
    }

    /** Runs the benchmark and prints one table row per run. */
    public static void main(String[] args) {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        List<GorgiasRateLimit> budgets = Arrays.stream((args.length > 1 ? args[1] : "40/20s,80/20s,40/10s,10/2s")
                .split(",")).map(GorgiasRateLimit::parse).toList();
        BenchEnvironment.tuneJdkHttpServer();
        System.out.printf("%d members (%d already Gorgias customers), Gorgias client at its defaults%n", members,
                members / 6);
        System.out.println("| budget | run | report | Gorgias requests | elapsed | per member | budget use "
                + "| 429s after the first answer | learnt budget | duplicates |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        budgets.forEach(budget -> runAgainst(budget, members));
    }

    private static void runAgainst(GorgiasRateLimit budget, int members) {
        var data = SandboxData.builder();
        IntStream.range(0, members).forEach(i -> data.addMembers(SandboxMember.builder().id(email(i)).email(email(i))
                .firstName("First" + i).lastName("Last" + i).availablePoints(10L * i).lifetimePoints(20L * i).build()));
        IntStream.range(0, members / 6).forEach(i -> data.addCustomers(SandboxCustomer.builder().email(email(i)).build()));
        Sandbox sandbox = Sandbox.builder().data(data.build()).gorgiasBudget(budget.requests(), budget.window()).start();
        Limited limited = new Limited();
        try (BenchEnvironment env = new BenchEnvironment(sandbox, Optional.empty(), limited)) {
            LoyaltySync sync = LoyaltySync.builder()
                    .bridge(LoyaltyBridge.builder().annexCloud(env.annex).gorgias(env.gorgias).build()).build();
            List<String> ids = IntStream.range(0, members).mapToObj(SyncBudgetBenchmark::email).toList();
            run("first", budget, sync, ids, env, limited);
            run("re-run", budget, sync, ids, env, limited);
        }
    }

    private static void run(String name, GorgiasRateLimit budget, LoyaltySync sync, List<String> ids,
                            BenchEnvironment env, Limited limited) {
        env.sandbox.gorgias().requests().reset();
        limited.reset();
        long start = System.nanoTime();
        SyncReport report = sync.annexCloudToGorgias(ids.iterator(), SyncOptions.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        int requests = env.sandbox.gorgias().requests().total();
        // an existing customer's card costs a fresh read and a data write: the rest is the new members' share
        int updates = env.sandbox.gorgias().requests().count("PUT", "/customers/\\d+/data")
                + env.sandbox.gorgias().requests().count("GET", "/customers/\\d+");
        double window = budget.window().toNanos() / 1e9;
        double use = requests / ((seconds + window) * (budget.requests() / window));
        String perMember = report.created() > 0
                ? String.format("%.3f per new member", (requests - updates) / (double) report.created())
                : String.format("%.3f per unchanged member", requests / (double) report.unchanged());
        RateLimitStatus learnt = env.gorgias.rateLimitStatus();
        Map<String, Long> perEmail = env.sandbox.gorgias().customers().stream()
                .collect(Collectors.groupingBy(c -> c.email().orElse(""), Collectors.counting()));
        long duplicates = perEmail.values().stream().filter(n -> n > 1).count();
        System.out.printf("| %d/%ds | %s | %d created, %d updated, %d unchanged, %d failed | %d | %.1f s | %s | %s | %d "
                        + "| %d/%.1fs%s | %d |%n",
                budget.requests(), budget.window().toSeconds(), name, report.created(), report.updated(),
                report.unchanged(), report.failed(), requests, seconds, perMember,
                report.created() > 0 ? String.format("%.2f", use) : "—", limited.afterFirst(), learnt.limit(),
                learnt.window().toNanos() / 1e9, learnt.measured() ? " measured" : "", duplicates);
    }

    /** Counts 429 answers other than the first answer a client gets. */
    private static final class Limited implements RequestListener {
        private final AtomicLong answers = new AtomicLong();
        private final AtomicLong limitedAfterFirst = new AtomicLong();

        @Override
        public void onEvent(RequestEvent event) {
            if (event.kind() == RequestEvent.Kind.START || event.status().isEmpty()) {
                return;
            }
            long earlier = answers.getAndIncrement();
            if (event.status().getAsInt() == 429 && earlier > 0) {
                limitedAfterFirst.incrementAndGet();
            }
        }

        void reset() {
            limitedAfterFirst.set(0);
        }

        long afterFirst() {
            return limitedAfterFirst.get();
        }
    }

    static String email(int i) {
        return String.format("member%05d@example.com", i);
    }
}
