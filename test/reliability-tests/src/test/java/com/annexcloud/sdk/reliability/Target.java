package com.annexcloud.sdk.reliability;

import com.annexcloud.sdk.core.RequestDescription;
import java.util.regex.Pattern;

/**
 * The request of an operation that a fault hits: which API, the method, and a regular expression for the
 * path relative to the API's base URI (the sandbox's fault-rule syntax).
 *
 * @param api       the vendor API
 * @param method    the HTTP method
 * @param pathRegex the path relative to the base URI, as a whole-path regular expression
 */
record Target(Api api, String method, String pathRegex) {
    /** The two vendor APIs. */
    enum Api {
        ANNEX_CLOUD("/api/3.0"),
        GORGIAS("/api");

        final String basePath;

        Api(String basePath) {
            this.basePath = basePath;
        }
    }

    /** Whether a request the client reported is this target. */
    boolean matches(RequestDescription request) {
        return request.method().equals(method) && Pattern.matches(pathRegex, request.path());
    }

    /** The WireMock URL path pattern: the base path, then the relative path. */
    String wireMockPathRegex() {
        return Pattern.quote(api.basePath) + pathRegex;
    }
}
