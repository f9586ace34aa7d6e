package com.annexcloud.sdk.bridge.servlet;

import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.bridge.servlet.internal.QueryString;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves a {@link WidgetEndpoint} from a Jakarta Servlet 6 container (Tomcat 10.1+, Jetty 12 ee10, Spring Boot 3):
 * the card ({@code GET /gorgias/loyalty}) and the agent actions below it ({@code POST …/award},
 * {@code POST …/redeem}), with their bodies. Map it to {@link #urlPattern(String)} of the endpoint's path:
 *
 * <pre>{@code
 * context.addServlet(new LoyaltyWidgetServlet(endpoint), LoyaltyWidgetServlet.urlPattern(WidgetEndpoint.DEFAULT_PATH));
 * }</pre>
 *
 * The query string is decoded here, never through the container's parameter parsing (which would read a
 * form body); query strings that cannot be decoded or exceed 8 KiB get 400, bodies over 64 KiB get 413,
 * both after the endpoint has authenticated the caller.
 */
public final class LoyaltyWidgetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The largest request body passed on, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_QUERY_LENGTH = 8 * 1024;

    private final transient WidgetEndpoint endpoint;

    /** A servlet serving the endpoint. */
    public LoyaltyWidgetServlet(WidgetEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * The URL pattern covering an endpoint path and its actions: {@code /gorgias/loyalty/*} for
     * {@code /gorgias/loyalty} (a servlet path mapping matches the path itself too).
     */
    public static String urlPattern(String endpointPath) {
        if (endpointPath == null || !endpointPath.startsWith("/") || endpointPath.endsWith("/")) {
            throw new IllegalArgumentException("endpointPath must start with '/' and not end with it");
        }
        return endpointPath + "/*";
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WidgetResponse answer = endpoint.handle(widgetRequest(request));
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        byte[] bytes = answer.bodyBytes();
        response.setContentLength(bytes.length);
        if (!"HEAD".equalsIgnoreCase(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private static WidgetRequest widgetRequest(HttpServletRequest request) throws IOException {
        var built = WidgetRequest.builder()
                .method(request.getMethod())
                .path(request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse(""))
                .headers(headers(request));
        String rawQuery = request.getQueryString();
        Optional<Map<String, List<String>>> query = rawQuery != null && rawQuery.length() > MAX_QUERY_LENGTH
                ? Optional.empty() : QueryString.decode(rawQuery);
        byte[] body = request.getContentLengthLong() > MAX_BODY_BYTES ? null : readBody(request.getInputStream());
        if (query.isEmpty()) {
            built.unreadable(400);
        } else if (body == null) {
            built.unreadable(413);
        } else {
            built.query(query.get()).body(new String(body, StandardCharsets.UTF_8));
        }
        return built.build();
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    /** The body, or null when it is larger than the limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }
}
