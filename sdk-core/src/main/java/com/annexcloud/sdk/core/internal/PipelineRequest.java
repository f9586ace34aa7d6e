package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.RequestOptions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request as a client hands it to the {@link HttpPipeline}.
 *
 * @param method         HTTP method
 * @param path           path below the base URI, ids already encoded with {@link PathSegments}
 * @param query          query parameters in order (encoded by the pipeline); values are never logged
 * @param body           exact body bytes (serialised once), empty for none
 * @param signedContent  the bytes a signature covers when they are not the body (Annex Cloud signs
 *                       the id of a GET), else empty
 * @param retrySafe      whether the request may be sent again after a failure
 * @param resendCheck    asked before a retry-safe request whose answer was lost is sent again, or null
 * @param deadline       when the call must be over if that is sooner than the client's overall timeout
 *                       (a request made on behalf of another call), or null
 * @param route          the path's template with ids as {@code {id}} (such as {@code /users/{id}/tiers}), which
 *                       events report so that metrics never carry an id; the path itself when it has no id
 * @param options        the caller's per-call options (timeout, extra headers); {@link RequestOptions#none()} when null
 */
public record PipelineRequest(String method, String path, Map<String, String> query, byte[] body,
                              byte[] signedContent, boolean retrySafe, ResendCheck resendCheck, Instant deadline,
                              String route, RequestOptions options) {

    /** Validates and freezes the request. */
    public PipelineRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        route = route == null ? path : route;
        options = options == null ? RequestOptions.none() : options;
        query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
        body = body == null ? new byte[0] : body;
        signedContent = signedContent == null ? new byte[0] : signedContent;
    }

    /** A request without a {@link ResendCheck}, whose route is its path. */
    public PipelineRequest(String method, String path, Map<String, String> query, byte[] body,
                           byte[] signedContent, boolean retrySafe) {
        this(method, path, query, body, signedContent, retrySafe, null, null, null, null);
    }

    /** This request with a check asked before it is sent again after a lost answer. */
    public PipelineRequest withResendCheck(ResendCheck check) {
        return new PipelineRequest(method, path, query, body, signedContent, retrySafe,
                Objects.requireNonNull(check, "check"), deadline, route, options);
    }

    /**
     * This request bounded by {@code deadline} as well as by the client's overall timeout, and by the
     * deadline it already had when that is sooner.
     */
    public PipelineRequest withDeadline(Instant deadline) {
        Objects.requireNonNull(deadline, "deadline");
        Instant sooner = this.deadline != null && this.deadline.isBefore(deadline) ? this.deadline : deadline;
        return new PipelineRequest(method, path, query, body, signedContent, retrySafe, resendCheck, sooner, route,
                options);
    }

    /** This request reported under {@code route}, the template its path was built from. */
    public PipelineRequest withRoute(String route) {
        return new PipelineRequest(method, path, query, body, signedContent, retrySafe, resendCheck, deadline,
                Objects.requireNonNull(route, "route"), options);
    }

    /** This request sent with the caller's {@code options}. */
    public PipelineRequest withOptions(RequestOptions options) {
        return new PipelineRequest(method, path, query, body, signedContent, retrySafe, resendCheck, deadline, route,
                Objects.requireNonNull(options, "options"));
    }

    /** A retry-safe GET. */
    public static PipelineRequest get(String path, Map<String, String> query) {
        return new PipelineRequest("GET", path, query, null, null, true);
    }

    /** What errors and events report of this request. */
    public RequestDescription description() {
        return new RequestDescription(method, path);
    }

    @Override
    public String toString() {
        return "PipelineRequest[" + method + " " + path + ", " + body.length + " body bytes]";
    }
}
