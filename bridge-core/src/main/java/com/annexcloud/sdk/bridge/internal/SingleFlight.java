package com.annexcloud.sdk.bridge.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Coalesces concurrent work on one key: while a call for a key is in flight, later callers get the
 * same future instead of starting the work again.
 */
final class SingleFlight<V> {
    private final Map<String, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

    /** The in-flight future for the key, or a new one from {@code work}. */
    CompletableFuture<V> run(String key, Supplier<CompletableFuture<V>> work) {
        CompletableFuture<V> created = new CompletableFuture<>();
        CompletableFuture<V> existing = inFlight.putIfAbsent(key, created);
        if (existing != null) {
            return existing;
        }
        CompletableFuture<V> started;
        try {
            started = work.get();
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        started.whenComplete((value, failure) -> {
            inFlight.remove(key, created);
            if (failure != null) {
                created.completeExceptionally(failure);
            } else {
                created.complete(value);
            }
        });
        return created;
    }

    /** Detaches the key's in-flight call, so the next caller starts fresh work. */
    void forget(String key) {
        inFlight.remove(key);
    }
}
