package com.annexcloud.sdk.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts. The default really waits; tests inject one that records the waits and
 * advances a fake clock, so no test sleeps on real time.
 */
public interface Sleeper {

    /** Blocks the calling thread for the duration. */
    void sleep(Duration duration) throws InterruptedException;

    /** A future completing after the duration, without holding a thread. */
    CompletableFuture<Void> delay(Duration duration);

    /** The real sleeper: {@link Thread#sleep} and {@link CompletableFuture#delayedExecutor}. */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}

/** The real-time {@link Sleeper}. */
enum SystemSleeper implements Sleeper {
    INSTANCE;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero() && !duration.isNegative()) {
            Thread.sleep(duration.toMillis());
        }
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
    }
}
