package com.annexcloud.sdk.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one way the SDK waits for a future and reads why it failed. */
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
