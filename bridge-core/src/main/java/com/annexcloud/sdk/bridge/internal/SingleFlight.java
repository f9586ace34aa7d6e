package com.annexcloud.sdk.bridge.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Coalesces concurrent work on one key (compared with {@code equals}): while a call for a key is in flight, later callers share its
 * result instead of starting the work again. Each caller gets its own copy of the shared future, so one
 * caller cancelling or timing out its copy never affects the others.
 */
final class SingleFlight<K, V> {
    private final Map<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

    /** The in-flight future for the key, or a new one from {@code work}. */
    CompletableFuture<V> run(K key, Supplier<CompletableFuture<V>> work) {
        CompletableFuture<V> created = new CompletableFuture<>();
        CompletableFuture<V> existing = inFlight.putIfAbsent(key, created);
        if (existing != null) {
            return existing.copy();
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
        return created.copy();
    }

    /** Detaches the key's in-flight call, so the next caller starts fresh work. */
    void forget(K key) {
        inFlight.remove(key);
    }
}
