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
}
