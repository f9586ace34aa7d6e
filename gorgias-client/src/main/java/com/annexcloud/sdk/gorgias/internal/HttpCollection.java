package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.PagedIterable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The calls of a Gorgias collection whose create and full update take the same request: list, {@code GET}
 * one, create, {@code PUT} and {@code DELETE}, each written once against the view's exchange.
 *
 * @param <T> the item read back
 * @param <R> the request body of a create or update
 */
abstract class HttpCollection<T, R> {
    final ResourceCalls calls;
    final Exchange exchange;
    final String collection;
    final Class<T> type;

    HttpCollection(ResourceCalls calls, Exchange exchange, String collection, Class<T> type) {
        this.calls = calls;
        this.exchange = exchange;
        this.collection = collection;
        this.type = type;
    }

    /**
     * How a create whose answer was lost is found (a lookup through the exchange it is given), so it can be
     * retried without a duplicate; empty when the request carries nothing to find it by (the create is then
     * sent once).
     */
    abstract Optional<Function<Exchange, CompletableFuture<Optional<T>>>> landed(R request);

    /** Every item, page by page as iterated (each page awaited). */
    public PagedIterable<T> list() {
        return calls.list(exchange, collection, Map.of(), type);
    }

    public CompletableFuture<T> get(long id) {
        return calls.read(exchange, PipelineRequest.get(itemPath(id), Map.of()), type);
    }

    public CompletableFuture<T> create(R request) {
        return create(exchange, request);
    }

    public CompletableFuture<T> update(long id, R request) {
        return update(exchange, id, request);
    }

    public CompletableFuture<Void> delete(long id) {
        return delete(exchange, id);
    }

    private CompletableFuture<T> create(Exchange exchange, R request) {
        Checks.requireNonNull(request, "request");
        return callsSending(request).create(exchange, ResourceCalls.post(collection, request), type,
                landed(request));
    }

    /** The calls for a request body; collections whose bodies carry credentials redact them from errors. */
    ResourceCalls callsSending(R request) {
        return calls;
    }

    /** A full {@code PUT} of the request; collections whose updates must keep unsent fields override it. */
    CompletableFuture<T> update(Exchange exchange, long id, R request) {
        return calls.read(exchange, ResourceCalls.put(itemPath(id), request), type);
    }

    private CompletableFuture<Void> delete(Exchange exchange, long id) {
        return calls.discard(exchange, ResourceCalls.delete(itemPath(id)));
    }

    /** The item's path, its id checked and encoded. */
    final String itemPath(long id) {
        return ResourceCalls.itemPath(collection, id);
    }
}
