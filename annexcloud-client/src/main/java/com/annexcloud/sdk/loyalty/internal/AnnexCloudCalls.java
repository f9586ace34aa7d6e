package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PathSegments;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Builds the requests of the Annex Cloud API and sends them through an {@link Exchange}, handing each
 * answer to a reader as a {@link Reply}. Shared by every resource of both views; thread-safe.
 */
final class AnnexCloudCalls {
    private final Clock clock;
    private final AnnexCloudErrors errors;

    AnnexCloudCalls(Clock clock, AnnexCloudErrors errors) {
        this.clock = clock;
        this.errors = errors;
    }

    /** The path {@code /<resource>/<encoded id><suffix>}; the id is checked and encoded as one segment. */
    static String path(String resource, String id, String suffix) {
        return "/" + resource + "/" + PathSegments.encode(id, "member id") + suffix;
    }

    /**
     * The template of a path {@link #path} built, for events and metrics: the id (always the second segment)
     * becomes {@code {id}}, so {@code /users/a%40b.com/tiers} is reported as {@code /users/{id}/tiers}; a
     * path without an id ({@code /points}) is its own route.
     */
    static String routeOf(String path) {
        String[] segments = path.split("/", 4);
        if (segments.length < 3) {
            return path;
        }
        return "/" + segments[1] + "/{id}" + (segments.length == 4 ? "/" + segments[3] : "");
    }

    /** A retry-safe GET signed with the member id as a JSON string literal (paged GETs sign only the id). */
    static PipelineRequest get(String path, String memberId, Map<String, String> query) {
        return new PipelineRequest("GET", path, query, null, Json.write(memberId), true).withRoute(routeOf(path));
    }

    /** A request with a JSON body, serialised once: the bytes signed are the bytes sent. */
    static PipelineRequest withBody(String method, String path, Object body, boolean retrySafe) {
        return new PipelineRequest(method, path, Map.of(), Json.write(body), null, retrySafe).withRoute(routeOf(path));
    }

    /** The current time of the client's clock. */
    Instant now() {
        return clock.instant();
    }

    /** Sends a request through {@code exchange} and reads its answer when it arrives. */
    <T> CompletableFuture<T> call(Exchange exchange, PipelineRequest request, Function<Reply, T> reader) {
        return Futures.map(exchange.send(request), response -> reader.apply(new Reply(request.description(), response, errors)));
    }
}
