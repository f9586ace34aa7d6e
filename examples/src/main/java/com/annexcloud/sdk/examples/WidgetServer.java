package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.WidgetHttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The widget endpoint on the JDK's HTTP server, on 127.0.0.1; {@link #close()} drains and stops it. */
final class WidgetServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;

    private WidgetServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts serving the endpoint on the port (0 picks a free one). */
    static WidgetServer start(WidgetEndpoint endpoint, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            ExecutorService workers = Executors.newFixedThreadPool(16, runnable -> {
                Thread thread = new Thread(runnable, "widget-server");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(workers);
            server.createContext("/", new WidgetHttpHandler(endpoint));
            server.start();
            return new WidgetServer(server, workers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    /** Where it listens, such as {@code http://127.0.0.1:8080}. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
