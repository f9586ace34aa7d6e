package com.annexcloud.sdk.bridge.servlet;

import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.WidgetRequestReader;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves a {@link WidgetEndpoint} from a Jakarta Servlet 6 container (Tomcat 10.1+, Jetty 12 ee10, Spring Boot 3):
 * the card ({@code GET /gorgias/loyalty}), the agent actions below it ({@code POST …/award},
 * {@code POST …/redeem}) and the routing hook ({@code POST …/route}), with their bodies. Map it to {@link #urlPattern(String)} of the endpoint's path:
 *
 * <pre>{@code
 * context.addServlet(new LoyaltyWidgetServlet(endpoint), LoyaltyWidgetServlet.urlPattern(WidgetEndpoint.DEFAULT_PATH));
 * }</pre>
 *
 * The request is read by {@code bridge-core}'s {@link WidgetRequestReader}: the query string is decoded there,
 * never through the container's parameter parsing (which would read a form body), and the body is read only
 * once the endpoint has accepted the method, path and bearer token, so an unauthenticated caller gets 401
 * without the servlet reading its body. After authentication, a query string that cannot be decoded or
 * exceeds 8 KiB gets 400, a body over {@value WidgetRequestReader#MAX_BODY_BYTES} bytes 413, and a body that
 * cannot be read (the client went away) a JSON 400, or 408 when the read timed out, unless the container has
 * already answered it (Tomcat answers a body cut short with its own 400 and closes the connection); the
 * servlet never throws it on as a 500.
 */
public final class LoyaltyWidgetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

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
        WidgetResponse answer = WidgetRequestReader.answer(endpoint, request.getMethod(),
                request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse(""),
                request.getQueryString(), headers(request), request.getContentLengthLong(), request.getInputStream());
        if (response.isCommitted()) {
            return; // the container has answered a body it could not read itself (Tomcat: 400, connection closed)
        }
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        byte[] bytes = answer.bodyBytes();
        response.setContentLength(bytes.length);
        if (!"HEAD".equalsIgnoreCase(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
