package com.annexcloud.sdk.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Matches a request's segments against templates such as {@code users/{}/tiers}; {@code {}} captures one
 * segment.
 */
final class Router {
    private final List<Route> routes = new ArrayList<>();

    /** Adds a route. */
    Router add(String method, String template, BiFunction<SandboxRequest, List<String>, SandboxResponse> handler) {
        routes.add(new Route(method, List.of(template.split("/")), handler));
        return this;
    }

    /** The route for the request; {@link Match#methodAllowed()} is false when only the path matched. */
    java.util.Optional<Match> find(SandboxRequest request) {
        Match pathOnly = null;
        for (Route route : routes) {
            List<String> params = route.capture(request.segments());
            if (params != null) {
                if (route.method.equals(request.method())) {
                    return java.util.Optional.of(new Match(route, params, true));
                }
                pathOnly = new Match(route, params, false);
            }
        }
        return java.util.Optional.ofNullable(pathOnly);
    }

    /** A matched route and the captured segments. */
    record Match(Route route, List<String> params, boolean methodAllowed) {
        SandboxResponse handle(SandboxRequest request) {
            return route.handler.apply(request, params);
        }
    }

    /** One method and path template. */
    static final class Route {
        private final String method;
        private final List<String> template;
        private final BiFunction<SandboxRequest, List<String>, SandboxResponse> handler;

        private Route(String method, List<String> template,
                      BiFunction<SandboxRequest, List<String>, SandboxResponse> handler) {
            this.method = method;
            this.template = template;
            this.handler = handler;
        }

        private List<String> capture(List<String> segments) {
            if (segments.size() != template.size()) {
                return null;
            }
            List<String> params = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                if (template.get(i).equals("{}")) {
                    params.add(segments.get(i));
                } else if (!template.get(i).equals(segments.get(i))) {
                    return null;
                }
            }
            return params;
        }
    }
}
