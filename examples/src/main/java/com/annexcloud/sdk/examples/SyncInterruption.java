package com.annexcloud.sdk.examples;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT/SIGTERM during a sync into an interrupt of the syncing thread, and holds the JVM's shutdown
 * until that thread has printed its summary ({@link #close()}), for at most {@link #GRACE}. The syncs stop
 * cleanly on an interrupt, keeping their checkpoint before the item cut short.
 */
final class SyncInterruption implements AutoCloseable {
    /** The longest a signal waits for the summary before the JVM exits anyway. */
    static final Duration GRACE = Duration.ofSeconds(20);

    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;

    private SyncInterruption(Thread sync) {
        this.hook = new Thread(() -> {
            sync.interrupt();
            try {
                reported.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sync-interruption");
    }

    /** Arms the hook for the calling thread. */
    static SyncInterruption arm() {
        SyncInterruption interruption = new SyncInterruption(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** The summary is out: a pending shutdown may go on; a later one no longer concerns this sync. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it returns now that the summary is out
        }
    }
}
