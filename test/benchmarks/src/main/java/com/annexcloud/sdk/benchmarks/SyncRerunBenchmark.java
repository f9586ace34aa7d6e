package com.annexcloud.sdk.benchmarks;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.RequestListener;
import com.annexcloud.sdk.sandbox.Sandbox;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A re-run of Annex Cloud → Gorgias over members whose cards Gorgias already holds, with every Annex Cloud
 * answer taking {@code latency}: its time against the ideal ({@code members ÷ concurrency × latency}) and
 * against a baseline measured in the same run (the same cards fetched with {@code bridge.lookup},
 * {@code concurrency} at a time, no Gorgias at all), its Gorgias requests per member, and the heap it used.
 * The Gorgias budget of the re-run is the API-key one (40 per 20 s) and the client is at its defaults.
 *
 * <p>Run: {@code java -Xmx128m -cp benchmarks/target/benchmarks.jar
 * com.annexcloud.sdk.benchmarks.SyncRerunBenchmark [members] [concurrency] [latencyMs]}.
 */
public final class SyncRerunBenchmark {
    private SyncRerunBenchmark() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void main(String[] args) throws Exception {
        BenchEnvironment.tuneJdkHttpServer();
        SyncedMembers synced = SyncedMembers.start(args);
        Sandbox sandbox = synced.sandbox();
        List<String> ids = synced.ids();
        int members = ids.size();
        int concurrency = synced.concurrency();
        Duration latency = synced.latency();
        SyncOptions options = SyncOptions.builder().concurrency(concurrency).build();
        try (BenchEnvironment env = new BenchEnvironment(sandbox, Optional.empty(), RequestListener.none())) {
            LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(env.annex).gorgias(env.gorgias).build();
            double baseline = lookups(bridge, ids, concurrency);
            HeapPeak heap = HeapPeak.start();
            sandbox.gorgias().requests().reset();
            long start = System.nanoTime();
            SyncReport rerun = LoyaltySync.builder().bridge(bridge).build().annexCloudToGorgias(ids.iterator(), options);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stop();
            double ideal = members / (double) concurrency * latency.toNanos() / 1e9;
            int requests = sandbox.gorgias().requests().total();
            System.out.printf("re-run: %s%n", rerun.toJson());
            System.out.printf("ideal %.1f s; baseline (lookups, %d at once) %.1f s; re-run %.1f s = %.2f x ideal, "
                    + "%.2f x baseline%n", ideal, concurrency, baseline, seconds, seconds / ideal, seconds / baseline);
            System.out.printf("Gorgias requests %d = %.4f per member; heap peak %d MiB of %d MiB%n", requests,
                    requests / (double) members, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** Seconds to fetch every card with {@code bridge.lookup}, {@code concurrency} at a time. */
    private static double lookups(LoyaltyBridge bridge, List<String> ids, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            AtomicLong next = new AtomicLong();
            long start = System.nanoTime();
            List<Future<?>> workers = IntStream.range(0, concurrency).mapToObj(w -> pool.submit(() -> {
                for (long i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                    bridge.lookup(ids.get((int) i));
                }
            })).<Future<?>>map(f -> f).toList();
            for (Future<?> worker : workers) {
                worker.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The most heap in use while it runs, sampled every 20 ms. */
    private static final class HeapPeak {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler = new Thread(this::sample, "heap-peak");

        static HeapPeak start() {
            System.gc();
            HeapPeak heap = new HeapPeak();
            heap.sampler.setDaemon(true);
            heap.sampler.start();
            return heap;
        }

        private void sample() {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
            return peak.get();
        }
    }
}
