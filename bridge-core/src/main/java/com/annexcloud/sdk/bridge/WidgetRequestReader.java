package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Answers a server's raw request with a {@link WidgetEndpoint}, in the order that keeps an unauthenticated
 * caller from costing anything: the query string is decoded ({@link WidgetRequest#parseQuery}), the endpoint's
 * {@link WidgetEndpoint#precheck} decides on method, path and token, and only then is the body read, up to
 * {@value #MAX_BODY_BYTES} bytes. A body over the limit is answered 413; one that cannot be read 400, or 408
 * when the read timed out; all as the endpoint's JSON errors. {@link WidgetHttpHandler} and
 * {@code bridge-servlet}'s {@code LoyaltyWidgetServlet} use it; so can an adapter for another server.
 */
public final class WidgetRequestReader {
    /** The largest request body passed on to the endpoint, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private WidgetRequestReader() {
    }

    /**
     * Answers one request.
     *
     * @param path the path the endpoint routes on (the JDK server's raw path; a servlet's path below its context)
     * @param rawQuery the query string as sent, still percent-encoded, or null
     * @param contentLength the declared body length, or -1 when unknown
     * @param body the body, read only when the endpoint does not refuse the request first
     */
    public static WidgetResponse answer(WidgetEndpoint endpoint, String method, String path, String rawQuery,
                                        Map<String, List<String>> headers, long contentLength, InputStream body) {
        var head = WidgetRequest.builder().method(method).path(path).headers(headers);
        Optional<Map<String, List<String>>> query = WidgetRequest.parseQuery(rawQuery);
        if (query.isEmpty()) {
            return endpoint.handle(head.unreadable(400).build());
        }
        WidgetRequest request = head.query(query.get()).build();
        Optional<WidgetResponse> refused = endpoint.precheck(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        return endpoint.handle(withBody(request, contentLength, body));
    }

    private static WidgetRequest withBody(WidgetRequest request, long contentLength, InputStream body) {
        var full = WidgetRequest.builder().from(request);
        if (contentLength > MAX_BODY_BYTES) {
            return full.unreadable(413).build();
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? full.unreadable(413).build()
                    : full.body(new String(bytes, StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            return full.unreadable(timedOut(e) ? 408 : 400).build();
        }
    }

    /** Whether a read failed on a timeout: a socket's, or a container's idle timeout wrapped in an IOException. */
    private static boolean timedOut(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
