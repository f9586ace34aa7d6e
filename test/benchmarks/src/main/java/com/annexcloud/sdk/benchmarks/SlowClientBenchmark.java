package com.annexcloud.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A slowloris attack on the example app as shipped: {@code bridge-example.jar demo} in its own process,
 * attacked on loopback by N connections that each send a partial request line and then one byte every
 * interval, reopened when the server closes them, while a legitimate card request is timed once a second.
 * Prints how long the server let each slow connection live and the legitimate requests' latencies; exits
 * 1 when a legitimate request took 1 s or more or failed, or a slow connection outlived {@code maxLife}.
 * Bounded in count (at most 20 × N connections in all) and time (the duration, then everything is closed).
 *
 * <p>Run (after {@code ./mvnw -B -q -DskipTests package}):
 * {@code java -cp benchmarks/target/benchmarks.jar com.annexcloud.sdk.benchmarks.SlowClientBenchmark
 * [connections=500] [durationSeconds=60] [intervalSeconds=5] [maxLifeSeconds=11] [jar=examples/target/bridge-example.jar]}
 */
public final class SlowClientBenchmark {
    private static final byte[] OPENING = "GET /gorgias/loyalty?email=slow%40example.com HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
            .getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress target;
    private final int connections;
    private final Map<SocketChannel, Long> openedAt = new ConcurrentHashMap<>();
    private final List<Long> lifetimesMillis = Collections.synchronizedList(new ArrayList<>());
    private final Selector selector;
    private int opened;

    private SlowClientBenchmark(InetSocketAddress target, int connections) throws IOException {
        this.target = target;
        this.connections = connections;
        this.selector = Selector.open();
    }

    /** Runs the benchmark and prints its figures. */
    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Duration duration = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        Duration interval = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 5);
        Duration maxLife = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 11);
        Path jar = Path.of(args.length > 4 ? args[4] : "examples/target/bridge-example.jar");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "demo", "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean passed;
        try {
            String[] endpoint = endpointOf(demo);
            URI card = URI.create(endpoint[0] + "?email=john.doe%40example.com");
            if (!"127.0.0.1".equals(card.getHost())) {
                throw new IllegalStateException("the benchmark attacks loopback only, not " + card.getHost());
            }
            SlowClientBenchmark attack = new SlowClientBenchmark(new InetSocketAddress(card.getHost(), card.getPort()), connections);
            System.out.printf("%d slow connections, one byte every %d s, for %d s against %s%n", connections,
                    interval.toSeconds(), duration.toSeconds(), endpoint[0]);
            passed = attack.run(card, endpoint[1], duration, interval, maxLife);
        } finally {
            demo.destroy();
            if (!demo.waitFor(30, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
        if (!passed) {
            System.exit(1);
        }
    }

    /** The widget URL and the demo token, from the demo's banner. */
    private static String[] endpointOf(Process demo) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
        String url = null;
        String token = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("Widget endpoint:")) {
                url = line.substring(line.indexOf(':') + 1).strip();
            } else if (line.startsWith("Demo bearer token:")) {
                token = line.substring(line.indexOf(':') + 1).strip().split("\\s+")[0];
            } else if (line.startsWith("listening on") && url != null && token != null) {
                return new String[] {url, token};
            }
        }
        throw new IllegalStateException("the demo stopped before it listened");
    }

    /** Runs the attack and the probes; true when the server held. */
    private boolean run(URI card, String token, Duration duration, Duration interval, Duration maxLife) throws Exception {
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latenciesMicros = new ArrayList<>();
        int failures = 0;
        try {
            while (openedAt.size() < connections) {
                topUp();
            }
            drip.scheduleAtFixedRate(this::dripOneByte, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
            long end = System.nanoTime() + duration.toNanos();
            long nextProbe = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < end) {
                selector.select(50);
                reapClosed();
                topUp();
                if (System.nanoTime() >= nextProbe) {
                    nextProbe += TimeUnit.SECONDS.toNanos(1);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(card).timeout(Duration.ofSeconds(5))
                                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                        latenciesMicros.add((System.nanoTime() - start) / 1000);
                        failures += response.statusCode() == 200 ? 0 : 1;
                    } catch (IOException e) {
                        failures++;
                    }
                }
            }
        } finally {
            drip.shutdownNow();
            for (SocketChannel channel : openedAt.keySet()) {
                channel.close();
            }
            selector.close();
        }
        return report(latenciesMicros, failures, maxLife);
    }

    /**
     * Opens connections towards N, within the overall bound, at most 25 a call so that closes are noticed
     * (and their lifetimes measured) promptly while hundreds reconnect.
     */
    private void topUp() throws IOException {
        for (int batch = 0; batch < 25 && openedAt.size() < connections && opened < 20 * connections; batch++) {
            SocketChannel channel = SocketChannel.open(target);
            channel.write(ByteBuffer.wrap(OPENING));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            openedAt.put(channel, System.nanoTime());
            opened++;
        }
    }

    private void dripOneByte() {
        for (SocketChannel channel : openedAt.keySet()) {
            try {
                channel.write(ByteBuffer.wrap(new byte[] {'x'}));
            } catch (IOException closed) {
                // the server closed it: the selector records it
            }
        }
    }

    /** Records and forgets the connections the server closed. */
    private void reapClosed() throws IOException {
        ByteBuffer sink = ByteBuffer.allocate(4096);
        for (SelectionKey key : selector.selectedKeys()) {
            SocketChannel channel = (SocketChannel) key.channel();
            int read;
            try {
                sink.clear();
                read = channel.read(sink);
            } catch (IOException reset) {
                read = -1;
            }
            if (read < 0) {
                Long start = openedAt.remove(channel);
                if (start != null) {
                    lifetimesMillis.add((System.nanoTime() - start) / 1_000_000);
                }
                key.cancel();
                channel.close();
            }
        }
        selector.selectedKeys().clear();
    }

    private boolean report(List<Long> latenciesMicros, int failures, Duration maxLife) {
        List<Long> lifetimes = new ArrayList<>(lifetimesMillis);
        Collections.sort(lifetimes);
        Collections.sort(latenciesMicros);
        System.out.printf("slow connections opened %d, closed by the server %d, lifetime ms min %d / median %d / max %d%n",
                opened, lifetimes.size(), at(lifetimes, 0.0), at(lifetimes, 0.5), at(lifetimes, 1.0));
        System.out.printf("slow connections that outlived %d ms: %d%n", maxLife.toMillis(),
                lifetimes.stream().filter(life -> life > maxLife.toMillis()).count());
        System.out.printf("legitimate requests %d, failed %d, latency ms median %.1f / p99 %.1f / max %.1f%n",
                latenciesMicros.size(), failures, at(latenciesMicros, 0.5) / 1000.0, at(latenciesMicros, 0.99) / 1000.0,
                at(latenciesMicros, 1.0) / 1000.0);
        boolean ok = failures == 0 && !latenciesMicros.isEmpty() && at(latenciesMicros, 1.0) < 1_000_000
                && !lifetimes.isEmpty() && at(lifetimes, 1.0) <= maxLife.toMillis();
        System.out.println(ok ? "PASS" : "FAIL");
        return ok;
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())));
    }
}
