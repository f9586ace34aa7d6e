package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.PagedIterable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The calls of a Gorgias collection whose create and full update take the same request: list, create,
 * {@code PUT} and {@code DELETE}, each written once for its sync and async forms.
 *
 * @param <T> the item read back
 * @param <R> the request body of a create or update
 */
abstract class HttpCollection<T, R> {
    final ResourceCalls calls;
    final String collection;
    final Class<T> type;

    HttpCollection(ResourceCalls calls, String collection, Class<T> type) {
        this.calls = calls;
        this.collection = collection;
        this.type = type;
    }

    /**
     * How a create whose answer was lost is found (a lookup through the exchange it is given), so it can be
     * retried without a duplicate; empty when the request carries nothing to find it by (the create is then
     * sent once).
     */
    abstract Optional<Function<Exchange, CompletableFuture<Optional<T>>>> landed(R request);

    public PagedIterable<T> list() {
        return calls.list(collection, Map.of(), type);
    }

    public T create(R request) {
        return Futures.await(create(calls.blocking, request));
    }

    public CompletableFuture<T> createAsync(R request) {
        return create(calls.async, request);
    }

    public T update(long id, R request) {
        return Futures.await(update(calls.blocking, id, request));
    }

    public CompletableFuture<T> updateAsync(long id, R request) {
        return update(calls.async, id, request);
    }

    public void delete(long id) {
        Futures.await(delete(calls.blocking, id));
    }

    public CompletableFuture<Void> deleteAsync(long id) {
        return delete(calls.async, id);
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
