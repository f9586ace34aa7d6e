package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;

/**
 * Serves a {@link WidgetEndpoint} on Jetty's core API: the body is read without holding a thread, within the
 * {@link RequestDeadline} and the size cap; the endpoint then answers on a pool thread. The route is matched
 * on the raw path and the raw query is decoded by {@link WidgetRequest#parseQuery}, so an undecodable query
 * or an oversized or late body reaches the endpoint as {@link WidgetRequest#unreadable()}: answered as JSON,
 * after authentication.
 */
final class JettyWidgetHandler extends Handler.Abstract {
    private final WidgetEndpoint endpoint;
    private final RequestDeadline deadline;
    private final int maxBodyBytes;
    private final Executor workers;

    JettyWidgetHandler(WidgetEndpoint endpoint, RequestDeadline deadline, int maxBodyBytes, Executor workers) {
        this.endpoint = endpoint;
        this.deadline = deadline;
        this.maxBodyBytes = maxBodyBytes;
        this.workers = workers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Connection connection = request.getConnectionMetaData().getConnection();
        WidgetRequest.Builder widgetRequest = WidgetRequest.builder()
                .method(request.getMethod())
                .path(request.getHttpURI().getPath())
                .headers(headersOf(request));
        Optional<Map<String, List<String>>> query = WidgetRequest.parseQuery(request.getHttpURI().getQuery());
        long declared = request.getLength();
        CompletableFuture<byte[]> body = new CompletableFuture<>();
        if (declared > maxBodyBytes) {
            body.completeExceptionally(new IllegalArgumentException("declared body over the limit"));
        } else {
            Content.Source.asByteArrayAsync(request, maxBodyBytes, Promise.Invocable.toPromise(body));
        }
        deadline.started(connection, body);
        body.whenCompleteAsync((bytes, failure) -> {
            if (query.isEmpty()) {
                widgetRequest.unreadable(400);
            } else if (failure != null) {
                widgetRequest.unreadable(isTimeout(failure) ? 408 : isTooLarge(declared) ? 413 : 400);
            } else {
                widgetRequest.query(query.get()).body(new String(bytes, StandardCharsets.UTF_8));
            }
            Callback done = Callback.from(() -> {
                deadline.finished(connection);
                callback.succeeded();
            }, callback::failed);
            try {
                respond(endpoint.handle(widgetRequest.build()), failure != null, request, response, done);
            } catch (RuntimeException e) {
                done.failed(e); // the endpoint never throws; a broken response still ends the request
            }
        }, workers);
        return true;
    }

    private static void respond(WidgetResponse answer, boolean close, Request request, Response response,
                                Callback callback) {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (close) {
            // the unread rest of the body would be taken for the next request
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        boolean head = "HEAD".equals(request.getMethod());
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(answer.bodyBytes()), callback);
    }

    private static Map<String, List<String>> headersOf(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return headers;
    }

    /**
     * Over the cap: declared so, or a body without a declared length whose read failed (growing past the cap
     * is how such a read fails; a client that broke off its chunks reads no answer anyway).
     */
    private boolean isTooLarge(long declared) {
        return declared > maxBodyBytes || declared < 0;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
