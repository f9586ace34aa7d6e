package com.annexcloud.sdk.benchmarks;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Lookup time ÷ one upstream call time, against the sandbox with the same latency on each of the three
 * Annex Cloud calls a card needs. In the same run it measures the sequential baseline (user, then points,
 * then tier). Target: lookup ≤ 1.15 × one call; the sequential baseline is about 3.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar com.annexcloud.sdk.benchmarks.LookupFanOutBenchmark [latencyMs] [rounds]}
 */
public final class LookupFanOutBenchmark {
    private static final String MEMBER = "john.doe@example.com";

    private LookupFanOutBenchmark() {
    }

    /** Runs the benchmark and prints one line per measurement and the ratios. */
    public static void main(String[] args) {
        int latencyMs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        BenchEnvironment.tuneJdkHttpServer();
        try (BenchEnvironment env = new BenchEnvironment(Sandbox.builder().data(SandboxData.sample()).start(),
                GorgiasRateLimit.apiKey())) {
            Duration latency = Duration.ofMillis(latencyMs);
            env.sandbox.annexCloud().faults().delay("GET", "/users/[^/]+", latency);
            env.sandbox.annexCloud().faults().delay("GET", "/points/.+", latency);
            env.sandbox.annexCloud().faults().delay("GET", "/users/[^/]+/tiers", latency);
            LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(env.annex).gorgias(env.gorgias).build();

            Supplier<Object> oneCall = () -> env.annex.users().get(MEMBER);
            Supplier<Object> lookup = () -> bridge.lookup(MEMBER);
            Supplier<Object> sequential = () -> {
                env.annex.users().get(MEMBER);
                env.annex.points().balance(MEMBER);
                return env.annex.tiers().get(MEMBER);
            };
            for (int i = 0; i < 10; i++) { // warm-up: JIT, connections
                oneCall.get();
                lookup.get();
                sequential.get();
            }
            long[] single = new long[rounds];
            long[] fanOut = new long[rounds];
            long[] serial = new long[rounds];
            for (int i = 0; i < rounds; i++) { // interleaved, so drift hits all three alike
                single[i] = time(oneCall);
                fanOut[i] = time(lookup);
                serial[i] = time(sequential);
            }
            double base = BenchEnvironment.percentile(single, 50);
            System.out.printf("upstream latency %d ms, %d rounds%n", latencyMs, rounds);
            System.out.printf("one upstream call   p50 %.1f ms%n", base);
            System.out.printf("lookup (fan-out)    p50 %.1f ms  ratio %.2f%n", BenchEnvironment.percentile(fanOut, 50),
                    BenchEnvironment.percentile(fanOut, 50) / base);
            System.out.printf("sequential baseline p50 %.1f ms  ratio %.2f%n", BenchEnvironment.percentile(serial, 50),
                    BenchEnvironment.percentile(serial, 50) / base);
        }
    }

    private static long time(Supplier<Object> call) {
        long start = System.nanoTime();
        call.get();
        return System.nanoTime() - start;
    }
}
