package com.annexcloud.sdk.benchmarks;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.WidgetHttpHandler;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The widget endpoint under sustained load: {@code workers} clients send requests back to back for
 * {@code seconds} to a JDK HTTP server running the endpoint over the sandbox (no card cache, so every
 * request fans out upstream). The load runs in two equal phases; live threads and open file descriptors
 * are counted after each. Pools warm up in the first phase, so a leak shows as growth from the first
 * count to the second. Prints throughput, p50/p99 latency and the error rate over both phases.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar com.annexcloud.sdk.benchmarks.WidgetLoadBenchmark [seconds] [workers]}
 */
public final class WidgetLoadBenchmark {
    private static final String TOKEN = "load-test-token";

    private WidgetLoadBenchmark() {
    }

    /** Runs the load and prints its figures. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        BenchEnvironment.tuneJdkHttpServer();
        int threadsBefore = liveThreads();
        long fdsBefore = openFiles();
        SandboxData data = SandboxData.sample();
        List<String> emails = new ArrayList<>(data.members().stream().map(SandboxMember::id).toList());
        emails.add("nina.nonmember@example.com");
        long[] latencies;
        long requests;
        long errors;
        List<String> counts = new ArrayList<>();
        try (BenchEnvironment env = new BenchEnvironment(Sandbox.builder().data(data).start(), GorgiasRateLimit.apiKey())) {
            LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(env.annex).gorgias(env.gorgias).build();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
            ExecutorService serverThreads = Executors.newFixedThreadPool(16);
            server.setExecutor(serverThreads);
            server.createContext("/", new WidgetHttpHandler(bridge.widgetEndpoint(Secret.of(TOKEN))));
            server.start();
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/gorgias/loyalty?email=";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            LatencyLog log = new LatencyLog();
            AtomicLong failures = new AtomicLong();
            ExecutorService clients = Executors.newFixedThreadPool(workers);
            for (int phase = 0; phase < 2; phase++) {
                load(clients, workers, seconds / 2.0, http, base, emails, log, failures);
                settle();
                counts.add(liveThreads() + " threads, " + openFiles() + " open files");
            }
            clients.shutdown();
            server.stop(0);
            serverThreads.shutdown();
            serverThreads.awaitTermination(5, TimeUnit.SECONDS);
            latencies = log.toArray();
            requests = latencies.length;
            errors = failures.get();
        }
        System.out.printf("%d s, %d workers: %d requests, %.0f req/s%n", seconds, workers, requests, requests / (double) seconds);
        System.out.printf("latency p50 %.2f ms, p99 %.2f ms; errors %d (%.3f %%)%n",
                BenchEnvironment.percentile(latencies, 50), BenchEnvironment.percentile(latencies, 99), errors,
                100.0 * errors / Math.max(1, requests));
        System.out.printf("before: %d threads, %d open files; after phase 1: %s; after phase 2: %s%n",
                threadsBefore, fdsBefore, counts.get(0), counts.get(1));
    }

    private static void load(ExecutorService clients, int workers, double seconds, HttpClient http, String base,
                             List<String> emails, LatencyLog log, AtomicLong failures) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int offset = w;
            running.add(clients.submit(() -> {
                for (int i = offset; System.nanoTime() < deadline; i += workers) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + emails.get(i % emails.size())))
                            .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(10)).build();
                    long start = System.nanoTime();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    log.add(System.nanoTime() - start);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    /** Lets closed sockets be reaped before counting. */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    private static long openFiles() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    /** Latencies from many threads. */
    private static final class LatencyLog {
        private long[] values = new long[1 << 16];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
