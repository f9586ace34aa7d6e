package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.SyncListener;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code serve [--port N]}: the widget endpoint until the process is stopped (Ctrl-C drains it). */
final class ServeCommand {
    private final ExampleConfig config;
    private final PrintStream out;

    ServeCommand(ExampleConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int run(List<String> args) {
        int port = BridgeExample.port(args, 8080);
        config.require("BRIDGE_TOKEN");
        Upstreams upstreams = Upstreams.fromConfig(config, SyncListener.none());
        WidgetServer server = WidgetServer.start(upstreams.bridge().widgetEndpoint(config.bridgeToken()), port);
        out.println("listening on " + server.uri());
        out.flush();
        awaitShutdown(() -> {
            server.close();
            upstreams.close();
        });
        return BridgeExample.OK;
    }

    /** Blocks until the JVM shuts down, running {@code cleanup} first (graceful stop on Ctrl-C or SIGTERM). */
    static void awaitShutdown(Runnable cleanup) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cleanup.run();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
