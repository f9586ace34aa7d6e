package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves a {@link WidgetEndpoint} from the JDK's built-in {@code com.sun.net.httpserver.HttpServer}:
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 8080), 0);
 * server.createContext("/gorgias", new WidgetHttpHandler(endpoint));
 * server.start();
 * }</pre>
 *
 * Query strings that cannot be decoded and bodies over 64 KiB are refused with 400 and 413 (after the
 * endpoint has authenticated the caller); routes are matched on the raw path. The JDK server has no read
 * deadlines by default: set {@code sun.net.httpserver.maxReqTime}, {@code maxRspTime},
 * {@code jdk.httpserver.maxConnections} and a bounded executor, and keep a proxy with body timeouts in
 * front (docs/security.md, "Serving the endpoint from the JDK server yourself").
 */
public final class WidgetHttpHandler implements HttpHandler {
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final WidgetEndpoint endpoint;

    /** A handler serving the endpoint. */
    public WidgetHttpHandler(WidgetEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional<Map<String, List<String>>> query = WidgetRequest.parseQuery(exchange.getRequestURI().getRawQuery());
            byte[] body = readBody(exchange.getRequestBody());
            // The raw path: an encoded slash (/gorgias/loyalty%2Faward) must not reach another route.
            var request = WidgetRequest.builder()
                    .method(exchange.getRequestMethod())
                    .path(exchange.getRequestURI().getRawPath())
                    .headers(exchange.getRequestHeaders());
            if (query.isEmpty()) {
                request.unreadable(400);
            } else if (body == null) {
                request.unreadable(413);
            } else {
                request.query(query.get()).body(new String(body, StandardCharsets.UTF_8));
            }
            WidgetResponse response = endpoint.handle(request.build());
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

    /** The body, or null when it is larger than the limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }
}
