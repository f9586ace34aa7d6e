package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.WidgetEndpoint;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The widget endpoint on an embedded Jetty server (on 127.0.0.1 unless another host is given), within
 * {@link ServerLimits}: idle and whole-request timeouts, a connection cap, header and body size caps, every
 * refusal as JSON; optionally an access log line per request. {@link #close()} drains and stops it.
 */
public final class WidgetServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WidgetServer.class);

    /** The address the server listens on unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    private final Server server;
    private final ServerConnector connector;
    private final String host;

    private WidgetServer(Server server, ServerConnector connector, String host) {
        this.server = server;
        this.connector = connector;
        this.host = host;
    }

    /** Starts serving the endpoint on the port (0 picks a free one) with the default limits. */
    public static WidgetServer start(WidgetEndpoint endpoint, int port) {
        return start(endpoint, port, ServerLimits.defaults());
    }

    /**
     * Starts serving the endpoint on the port (0 picks a free one) within the limits.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static WidgetServer start(WidgetEndpoint endpoint, int port, ServerLimits limits) {
        return start(endpoint, LOOPBACK, port, limits, (RequestLog) null);
    }

    /**
     * Starts serving the endpoint on the host (an address or name of this machine; {@code 0.0.0.0} for every
     * interface) and port (0 picks a free one) within the limits, writing one line per request to the access
     * log (see {@link AccessLog}).
     *
     * @throws UncheckedIOException when the address cannot be bound (the port is in use, the host is not local)
     */
    public static WidgetServer start(WidgetEndpoint endpoint, String host, int port, ServerLimits limits,
                                     PrintStream accessLog) {
        return start(endpoint, host, port, limits, new AccessLog(Objects.requireNonNull(accessLog, "accessLog"),
                Clock.systemUTC()));
    }

    private static WidgetServer start(WidgetEndpoint endpoint, String host, int port, ServerLimits limits,
                                      RequestLog requestLog) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(host, "host");
        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName("widget-server");
        threads.setDaemon(true);
        Server server = new Server(threads);
        server.setStopTimeout(1000);
        server.setErrorHandler(new JsonErrorHandler());

        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setUriCompliance(UriCompliance.DEFAULT); // refuses ambiguous paths such as loyalty%2Faward
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        RequestDeadline deadline = new RequestDeadline(server.getScheduler(), limits.requestTimeout());
        connector.addBean(deadline);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setHandler(new JettyWidgetHandler(endpoint, deadline, limits.maxBodyBytes(), threads));
        if (requestLog != null) {
            server.setRequestLog(requestLog);
        }
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (e instanceof IOException) {
                throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(),
                        (IOException) e);
            }
            throw new IllegalStateException("cannot start the widget server", e);
        }
        return new WidgetServer(server, connector, host);
    }

    /** Where it listens, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + address + ":" + connector.getLocalPort());
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debug("the widget server did not stop cleanly", e); // best effort: the process is on its way out
        }
    }
}
