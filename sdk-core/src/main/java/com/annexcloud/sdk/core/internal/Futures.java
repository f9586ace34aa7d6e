package com.annexcloud.sdk.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The one way the SDK waits for a future and reads why it failed, and chains futures so that cancelling
 * the last one cancels the stage under way ({@link CompletableFuture#cancel} alone never reaches the
 * futures a dependent was made from).
 */
public final class Futures {
    private Futures() {
    }

    /**
     * The cause of a future's failure: {@link CompletionException} and {@link ExecutionException} wrappers
     * peeled off (as many as there are); the failure itself when it is not wrapped.
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** {@code source.thenApply(mapping)}, whose cancellation cancels {@code source}. */
    public static <T, U> CompletableFuture<U> map(CompletableFuture<T> source, Function<? super T, ? extends U> mapping) {
        return cancelling(source.thenApply(mapping), source);
    }

    /**
     * {@code source.thenCompose(next)}, whose cancellation cancels the stage under way: {@code source}, or the
     * future {@code next} returned once it ran.
     */
    public static <T, U> CompletableFuture<U> flatMap(CompletableFuture<T> source,
                                                      Function<? super T, ? extends CompletableFuture<U>> next) {
        AtomicReference<CompletableFuture<?>> stage = new AtomicReference<>(source);
        CompletableFuture<U> result = new CompletableFuture<>();
        source.thenCompose(value -> {
            CompletableFuture<U> following = next.apply(value);
            stage.set(following);
            if (result.isCancelled()) {
                following.cancel(true);
            }
            return following;
        }).whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
            } else {
                result.complete(value);
            }
        });
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                stage.get().cancel(true);
            }
        });
        return result;
    }

    /** {@code dependent}, cancelling {@code source} when it is cancelled; for stages made with {@code handle} and the like. */
    public static <T> CompletableFuture<T> cancelling(CompletableFuture<T> dependent, CompletableFuture<?> source) {
        dependent.whenComplete((value, failure) -> {
            if (dependent.isCancelled()) {
                source.cancel(true);
            }
        });
        return dependent;
    }

    /**
     * The future's result, waiting for it; its failure rethrown as it was thrown (an unchecked exception or
     * an error as such, a checked one wrapped in {@link CompletionException}).
     */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        }
    }
}
