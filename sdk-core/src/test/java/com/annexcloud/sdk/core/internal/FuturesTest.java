package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** {@link Futures}: the one await and unwrap of the SDK. */
class FuturesTest {

    @Test
    void unwrapPeelsEveryCompletionAndExecutionLayer() {
        IllegalStateException cause = new IllegalStateException("x");

        assertThat(Futures.unwrap(new CompletionException(new ExecutionException(new CompletionException(cause)))))
                .isSameAs(cause);
        assertThat(Futures.unwrap(cause)).isSameAs(cause);
        assertThat(Futures.unwrap(new CompletionException("no cause", null))).isInstanceOf(CompletionException.class);
        assertThat(Futures.unwrap(null)).isNull();
    }

    @Test
    void awaitReturnsTheValueAndRethrowsAFailureAsItWasThrown() {
        IllegalArgumentException unchecked = new IllegalArgumentException("bad id");
        AssertionError error = new AssertionError("boom");

        assertThat(Futures.await(CompletableFuture.completedFuture("v"))).isEqualTo("v");
        assertThatThrownBy(() -> Futures.await(CompletableFuture.failedFuture(unchecked))).isSameAs(unchecked);
        assertThatThrownBy(() -> Futures.await(CompletableFuture.failedFuture(error))).isSameAs(error);
        assertThatThrownBy(() -> Futures.await(CompletableFuture.failedFuture(new IOException("io"))))
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void mapAndFlatMapKeepValuesAndFailures() {
        assertThat(Futures.map(CompletableFuture.completedFuture(2), n -> n * 3).join()).isEqualTo(6);
        assertThat(Futures.flatMap(CompletableFuture.completedFuture(2), n -> CompletableFuture.completedFuture(n + 1)).join())
                .isEqualTo(3);
        IllegalStateException failure = new IllegalStateException("down");
        assertThatThrownBy(() -> Futures.await(Futures.flatMap(CompletableFuture.completedFuture(1),
                n -> CompletableFuture.failedFuture(failure)))).isSameAs(failure);
        assertThatThrownBy(() -> Futures.await(Futures.map(CompletableFuture.<Integer>failedFuture(failure), n -> n)))
                .isSameAs(failure);
    }

    @Test
    void cancellingTheLastStageCancelsTheStageUnderWay() {
        CompletableFuture<Integer> first = new CompletableFuture<>();
        Futures.map(first, n -> n).cancel(true);
        assertThat(first).isCancelled();

        CompletableFuture<Integer> source = new CompletableFuture<>();
        CompletableFuture<Integer> following = new CompletableFuture<>();
        CompletableFuture<Integer> chained = Futures.flatMap(source, n -> following);
        source.complete(1);
        chained.cancel(true);
        assertThat(following).isCancelled();

        CompletableFuture<Integer> pending = new CompletableFuture<>();
        CompletableFuture<Integer> handled = Futures.cancelling(pending.handle((n, e) -> n), pending);
        handled.cancel(true);
        assertThat(pending).isCancelled();
    }
}
