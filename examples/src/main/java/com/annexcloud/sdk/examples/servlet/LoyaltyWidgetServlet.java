package com.annexcloud.sdk.examples.servlet;

import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedding the widget endpoint in a servlet container (Tomcat, Jetty, Spring Boot's embedded one):
 * translate the servlet request into a {@link WidgetRequest}, hand it over, copy the answer back.
 *
 * <pre>{@code
 * // Spring Boot: register it as a bean
 * @Bean ServletRegistrationBean<LoyaltyWidgetServlet> loyaltyWidget(LoyaltyBridge bridge) {
 *     WidgetEndpoint endpoint = bridge.widgetEndpoint(Secret.of(System.getenv("BRIDGE_TOKEN")));
 *     return new ServletRegistrationBean<>(new LoyaltyWidgetServlet(endpoint), "/gorgias/loyalty");
 * }
 * }</pre>
 */
public final class LoyaltyWidgetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient WidgetEndpoint endpoint;

    /** A servlet serving the endpoint. */
    public LoyaltyWidgetServlet(WidgetEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, Arrays.asList(values)));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        WidgetResponse answer = endpoint.handle(WidgetRequest.builder()
                .method(request.getMethod())
                .path(request.getRequestURI().substring(request.getContextPath().length()))
                .query(query)
                .headers(headers)
                .build());
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.getOutputStream().write(answer.bodyBytes());
    }
}
