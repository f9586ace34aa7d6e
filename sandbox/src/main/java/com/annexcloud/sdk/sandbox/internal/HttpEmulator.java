package com.annexcloud.sdk.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 that counts each request, applies injected latency, drops and
 * failures, and hands the rest to a {@link VendorApi}.
 */
final class HttpEmulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpEmulator.class);
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final HttpServer server;
    private final VendorApi api;
    private final RequestLog requests = new RequestLog();
    private final FaultPlan faults = new FaultPlan();

    HttpEmulator(VendorApi api, ExecutorService executor) {
        this.api = api;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a sandbox port on 127.0.0.1", e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT} followed by the API's base path. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + api.basePath());
    }

    RequestLog requests() {
        return requests;
    }

    FaultPlan faults() {
        return faults;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try {
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                send(exchange, SandboxResponse.empty(413));
                return;
            }
            SandboxRequest request = toRequest(exchange, body);
            requests.record(request);
            pause(faults.latencyFor(request));
            OptionalInt failure = faults.takeFailure(request);
            if (failure.isPresent() && failure.getAsInt() == FaultPlan.DROP) {
                LOG.debug("sandbox drops a {} request", request.method());
                return; // closing an exchange before sending headers closes the connection
            }
            if (failure.isPresent() && failure.getAsInt() == FaultPlan.LOSE_ANSWER) {
                answer(request);
                LOG.debug("sandbox handles a {} request and loses its answer", request.method());
                return;
            }
            send(exchange, failure.isPresent() ? api.injectedError(request, failure.getAsInt()) : answer(request));
        } finally {
            exchange.close();
        }
    }

    /** The API's answer; a bug in the emulator becomes the vendor's 500 rather than a dropped connection. */
    private SandboxResponse answer(SandboxRequest request) {
        try {
            return api.handle(request);
        } catch (RuntimeException e) {
            LOG.warn("sandbox could not answer a {} request; answering 500", request.method(), e);
            return api.injectedError(request, 500);
        }
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SandboxRequest toRequest(HttpExchange exchange, byte[] body) {
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath();
        String base = api.basePath();
        boolean inBase = rawPath.startsWith(base + "/") || rawPath.equals(base);
        String relative = inBase ? rawPath.substring(base.length()) : rawPath;
        List<String> segments = new ArrayList<>();
        for (String segment : relative.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(decode(segment));
            }
        }
        String target = uri.getRawQuery() == null ? rawPath : rawPath + "?" + uri.getRawQuery();
        return new SandboxRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                "/" + String.join("/", segments), List.copyOf(segments), inBase, target,
                parseQuery(uri.getRawQuery()), exchange.getRequestHeaders(), body);
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
                query.putIfAbsent(name, eq < 0 ? "" : decodeQuery(pair.substring(eq + 1)));
            }
        }
        return Map.copyOf(query);
    }

    /** Percent-decodes a path segment ({@code +} stays a plus). */
    private static String decode(String segment) {
        return decodeQuery(segment.replace("+", "%2B"));
    }

    private static String decodeQuery(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** The body, or null when it is larger than the limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void send(HttpExchange exchange, SandboxResponse response) throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        boolean noBody = response.body().length == 0;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }
}

