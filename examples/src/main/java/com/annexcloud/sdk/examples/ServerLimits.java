package com.annexcloud.sdk.examples;

import java.time.Duration;
import java.util.Objects;

/**
 * What the widget server allows one client, so slow or oversized requests cannot take it down.
 *
 * @param idleTimeout     a connection that sends or reads nothing for this long is closed
 * @param requestTimeout  a request's headers and body must arrive within this, counted from the connection's
 *                        opening or its previous response; otherwise it is closed (408 once the headers are in)
 * @param maxConnections  connections served at once; further ones wait in the accept queue
 * @param maxHeaderBytes  the request line and headers together (431 above it)
 * @param maxBodyBytes    the request body (413 above it)
 */
public record ServerLimits(Duration idleTimeout, Duration requestTimeout, int maxConnections, int maxHeaderBytes,
                           int maxBodyBytes) {

    /** Checks the limits. */
    public ServerLimits {
        positive(Objects.requireNonNull(idleTimeout, "idleTimeout"), "idleTimeout");
        positive(Objects.requireNonNull(requestTimeout, "requestTimeout"), "requestTimeout");
        if (maxConnections < 1 || maxHeaderBytes < 1024 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxConnections must be positive, maxHeaderBytes at least 1024, maxBodyBytes positive");
        }
    }

    /**
     * The defaults of {@code serve} and {@code demo}: 5 s idle, 10 s per request, 1000 connections, 8 KiB of
     * headers, 64 KiB of body. Gorgias sends a small GET or a small JSON POST at once, so none of these is
     * near what a legitimate caller needs.
     */
    public static ServerLimits defaults() {
        return new ServerLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), 1000, 8 * 1024, 64 * 1024);
    }

    private static void positive(Duration value, String name) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
