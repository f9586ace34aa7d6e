package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * endpoint has authenticated the caller).
 */
public final class WidgetHttpHandler implements HttpHandler {
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_QUERY_LENGTH = 8 * 1024;

    private final WidgetEndpoint endpoint;

    /** A handler serving the endpoint. */
    public WidgetHttpHandler(WidgetEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawQuery = exchange.getRequestURI().getRawQuery();
            Map<String, List<String>> query = rawQuery == null || rawQuery.length() <= MAX_QUERY_LENGTH
                    ? decodeQuery(rawQuery) : null;
            byte[] body = readBody(exchange.getRequestBody());
            var request = WidgetRequest.builder()
                    .method(exchange.getRequestMethod())
                    .path(exchange.getRequestURI().getPath())
                    .headers(exchange.getRequestHeaders());
            if (query == null) {
                request.unreadable(400);
            } else if (body == null) {
                request.unreadable(413);
            } else {
                request.query(query).body(new String(body, StandardCharsets.UTF_8));
            }
            WidgetResponse response = endpoint.handle(request.build());
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] bytes = response.bodyBytes();
            boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.status(), head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /** The decoded parameters, or null when the query cannot be decoded. */
    static Map<String, List<String>> decodeQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        try {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        return query;
    }

    /** The body, or null when it is larger than the limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }
}
