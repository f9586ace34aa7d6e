package com.annexcloud.sdk.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A web server on the loopback address that answers every path with an HTML 404 page, as a host answers a
 * path it does not serve (a wrong base URL, an unknown Gorgias account): for tests of that configuration error.
 */
public final class HtmlNotFoundServer implements AutoCloseable {
    private static final byte[] PAGE = "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;

    private HtmlNotFoundServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free port. */
    public static HtmlNotFoundServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(404, PAGE.length);
                exchange.getResponseBody().write(PAGE);
                exchange.close();
            });
            server.start();
            return new HtmlNotFoundServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
    }
}
