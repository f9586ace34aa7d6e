package com.annexcloud.sdk.bridge.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the daemon worker threads of a sync run, so thread dumps say whose they are. */
final class SyncThreads {
    private SyncThreads() {
    }

    /** Stops a run's workers and waits briefly for them, even when the calling thread is interrupted. */
    static void stop(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
