package com.annexcloud.sdk.sandbox.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Selects requests by method ({@code "*"} for any, case-insensitive) and a regex over the whole relative path. */
final class EndpointPattern {
    private final String method;
    private final Pattern path;

    EndpointPattern(String method, String pathRegex) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method must not be blank (use \"*\" for any)");
        }
        if (pathRegex == null) {
            throw new IllegalArgumentException("pathRegex must be set");
        }
        this.method = method.trim().toUpperCase(Locale.ROOT);
        this.path = Pattern.compile(pathRegex);
    }

    boolean matches(String requestMethod, String requestPath) {
        return (method.equals("*") || method.equals(requestMethod)) && path.matcher(requestPath).matches();
    }
}
