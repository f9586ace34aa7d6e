package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.WidgetEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The widget endpoint on an embedded Jetty server on 127.0.0.1, within {@link ServerLimits}: idle and
 * whole-request timeouts, a connection cap, header and body size caps, every refusal as JSON.
 * {@link #close()} drains and stops it.
 */
public final class WidgetServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WidgetServer.class);

    private final Server server;
    private final ServerConnector connector;

    private WidgetServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
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
        Objects.requireNonNull(endpoint, "endpoint");
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
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        RequestDeadline deadline = new RequestDeadline(server.getScheduler(), limits.requestTimeout());
        connector.addBean(deadline);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setHandler(new JettyWidgetHandler(endpoint, deadline, limits.maxBodyBytes(), threads));
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (e instanceof IOException) {
                throw new UncheckedIOException("cannot listen on port " + port, (IOException) e);
            }
            throw new IllegalStateException("cannot start the widget server", e);
        }
        return new WidgetServer(server, connector);
    }

    /** Where it listens, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
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
