package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve [--host H] [--port N] [--activity N] [--rewards] [--redemptions N]}: the widget endpoint, its cards
 * listing what the {@link CardOptions} ask for, until the process is stopped (Ctrl-C or SIGTERM
 * drains it), an access log line per request on stderr. Annex Cloud and the bridge token only; with the
 * {@code GORGIAS_*} settings also the routing hook ({@link RoutingOptions}); with {@code GORGIAS_CLIENT_ID} set,
 * also a public Gorgias app's one-click install on the same server. Before it
 * listens it proves the Annex Cloud credentials with one signed read: refused credentials exit 2 naming the
 * settings, an Annex Cloud that cannot be reached exits 3.
 */
@Command(name = "serve", abbreviateSynopsis = true, description = {"The widget endpoint Gorgias calls; an access log line per request on stderr.",
        "Needs ANNEXCLOUD_SITE_ID, ANNEXCLOUD_SECRET and BRIDGE_TOKEN; with GORGIAS_CLIENT_ID, GORGIAS_CLIENT_SECRET",
        "and PUBLIC_URL also the public app's install at /gorgias/oauth/install; with GORGIAS_BASE_URL,",
        "GORGIAS_EMAIL and GORGIAS_API_KEY also the routing hook POST /gorgias/loyalty/route."})
final class ServeCommand implements Callable<Integer> {
    private final ExampleConfig config;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--host", paramLabel = "<host>", defaultValue = WidgetServer.LOOPBACK,
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface, "
                    + "such as behind a proxy in another container).")
    private String host;

    @Mixin
    private PortOption port;

    @Mixin
    private RoutingOptions routing;

    @Mixin
    private CardOptions cards;

    ServeCommand(ExampleConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        config.require(ExampleConfig.ANNEX_CLOUD, ExampleConfig.TOKEN);
        TicketRouting ticketRouting = routing.routing(config.has(ExampleConfig.GORGIAS));
        Upstreams upstreams = Upstreams.serving(config, cards);
        WidgetServer server;
        try {
            upstreams.verifyAnnexCloud(); // a wrong secret fails here, not as a 502 on every card
            WidgetEndpoint endpoint = config.withPublicAppInstall(WidgetEndpoint.builder().bridge(upstreams.bridge())
                    .bearerToken(config.bridgeToken()).ticketRouting(ticketRouting).build());
            server = listen(() -> WidgetServer.start(endpoint, host, port.value(), ServerLimits.defaults(), err));
        } catch (RuntimeException e) {
            upstreams.close();
            throw e;
        }
        out.println("listening on " + server.uri());
        out.flush();
        awaitShutdown(() -> {
            server.close();
            upstreams.close();
        });
        return BridgeExample.OK;
    }

    /** Starts a server, a bind failure (port in use, host not of this machine) becoming "could not run". */
    static WidgetServer listen(java.util.function.Supplier<WidgetServer> start) {
        try {
            return start.get();
        } catch (UncheckedIOException e) {
            throw new CouldNotRunException(e.getMessage()
                    + " (is another server on that port? choose one with --port, or --port 0 for a free one)", e);
        }
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
