package com.annexcloud.sdk.bridge.jdbc.internal;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes a running job's newest checkpoint off the sync thread, so the sync never waits for a database round
 * trip and commit: at most one write per {@code interval}, a checkpoint handed over meanwhile replacing any
 * older one still waiting (only the newest matters). Each write is still one transaction; {@link #flush}
 * writes the waiting one at once. A write that fails (the lease lost, the database gone) is thrown from the
 * next {@link #submit} or {@link #flush}. Its one thread ends when idle.
 */
public final class CheckpointWriter {
    private final Consumer<String> write;
    private final long intervalNanos;
    private final ThreadPoolExecutor thread;
    private String pending;
    private boolean busy;
    private int flushing;
    private RuntimeException failure;

    /**
     * A writer that hands each checkpoint's JSON to {@code write} at most once per {@code interval}, on a daemon
     * thread named {@code name}.
     */
    public CheckpointWriter(String name, Duration interval, Consumer<String> write) {
        this.write = write;
        this.intervalNanos = interval.toNanos();
        this.thread = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the checkpoint, replacing one not yet written; throws an earlier write's failure. */
    public synchronized void submit(String json) {
        rethrow();
        pending = json;
        if (!busy) {
            busy = true;
            thread.execute(this::drain);
        }
    }

    /**
     * Waits until the newest checkpoint is written (even on an interrupted thread: a run that stops must leave its
     * last checkpoint behind), then throws a failed write's exception.
     */
    public synchronized void flush() {
        boolean interrupted = false;
        flushing++;
        notifyAll(); // a writer pausing between writes goes on at once
        while (busy) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        flushing--;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }

    /** Flushes, and lets the thread go; a failure is not thrown (the run is ending anyway). */
    public void close() {
        try {
            flush();
        } catch (RuntimeException ignored) {
            // already reported to the run by its last submit, or the run is ending with another exception
        } finally {
            thread.shutdown();
        }
    }

    private void drain() {
        while (true) {
            String json;
            synchronized (this) {
                json = pending;
                pending = null;
                if (json == null) {
                    busy = false;
                    notifyAll();
                    return;
                }
            }
            try {
                write.accept(json);
            } catch (RuntimeException e) {
                synchronized (this) {
                    failure = e;
                    pending = null;
                    busy = false;
                    notifyAll();
                }
                return;
            }
            pause();
        }
    }

    /** Waits out the interval after a write, unless a flush is waiting. */
    private synchronized void pause() {
        long deadline = System.nanoTime() + intervalNanos;
        for (long left = intervalNanos; left > 0 && flushing == 0; left = deadline - System.nanoTime()) {
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }
}
