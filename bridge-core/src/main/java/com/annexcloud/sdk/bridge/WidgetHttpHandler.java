package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.internal.Checks;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Serves a {@link WidgetEndpoint} from the JDK's built-in {@code com.sun.net.httpserver.HttpServer}:
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 8080), 0);
 * server.createContext("/gorgias", new WidgetHttpHandler(endpoint));
 * server.start();
 * }</pre>
 *
 * Requests are read by {@link WidgetRequestReader}: the body only once the endpoint has accepted the method,
 * path and token; undecodable query strings and bodies over 64 KiB are refused with 400 and 413 after
 * authentication; routes are matched on the raw path. The JDK server has no read
 * deadlines by default: set {@code sun.net.httpserver.maxReqTime}, {@code maxRspTime},
 * {@code jdk.httpserver.maxConnections} and a bounded executor, and keep a proxy with body timeouts in
 * front (docs/security.md, "Serving the endpoint from the JDK server yourself").
 */
public final class WidgetHttpHandler implements HttpHandler {
    private final WidgetEndpoint endpoint;

    /** A handler serving the endpoint. */
    public WidgetHttpHandler(WidgetEndpoint endpoint) {
        this.endpoint = Checks.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // The raw path: an encoded slash (/gorgias/loyalty%2Faward) must not reach another route.
            String contentLength = exchange.getRequestHeaders().getFirst("Content-Length");
            WidgetResponse response = WidgetRequestReader.answer(endpoint, exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(), declaredLength(contentLength), exchange.getRequestBody());
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] bytes = response.bodyBytes();
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.status(), head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /** The Content-Length header's value, or -1 when it is absent or not a number (the body is then read to its end). */
    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
