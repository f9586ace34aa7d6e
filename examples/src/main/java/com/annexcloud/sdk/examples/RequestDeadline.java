package com.annexcloud.sdk.examples;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The whole-request deadline the idle timeout cannot give: a client dripping one byte just inside the idle
 * timeout would otherwise hold its connection for as long as it likes. Each connection must deliver a
 * request (headers and body) within the timeout of opening or of its previous response. When the time is up
 * while the body is being read, the read fails (the handler answers 408); otherwise the connection is closed.
 */
final class RequestDeadline implements Connection.Listener {
    private final Scheduler scheduler;
    private final Duration timeout;
    private final Map<Connection, Scheduler.Task> armed = new ConcurrentHashMap<>();
    private final Map<Connection, CompletableFuture<?>> reading = new ConcurrentHashMap<>();

    RequestDeadline(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    @Override
    public void onOpened(Connection connection) {
        arm(connection);
    }

    @Override
    public void onClosed(Connection connection) {
        disarm(connection);
    }

    /** Starts the clock for the connection's next request. */
    void arm(Connection connection) {
        Scheduler.Task previous = armed.put(connection, scheduler.schedule(() -> expire(connection), timeout));
        if (previous != null) {
            previous.cancel();
        }
    }

    /** The request's body is being read: it fails when the time is up. */
    void reading(Connection connection, CompletableFuture<?> body) {
        reading.put(connection, body);
        body.whenComplete((done, failure) -> reading.remove(connection, body));
    }

    /** The request is in: its handling is bounded by the endpoint, not by this deadline. */
    void disarm(Connection connection) {
        Scheduler.Task task = armed.remove(connection);
        if (task != null) {
            task.cancel();
        }
        reading.remove(connection);
    }

    private void expire(Connection connection) {
        armed.remove(connection);
        CompletableFuture<?> body = reading.remove(connection);
        if (body == null || !body.completeExceptionally(new TimeoutException("request not received in time"))) {
            connection.getEndPoint().close();
        }
    }
}
