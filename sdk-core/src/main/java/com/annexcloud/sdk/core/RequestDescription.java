package com.annexcloud.sdk.core;

import java.util.Objects;

/**
 * The method and path of a request, as errors and events report it: never the query string, a header
 * or a body, so nothing secret or bulky travels with it.
 *
 * @param method the HTTP method, upper case
 * @param path   the path as sent (ids percent-encoded), without query string
 */
public record RequestDescription(String method, String path) {
    /** Validates both parts. */
    public RequestDescription {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
