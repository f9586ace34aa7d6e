package com.annexcloud.sdk.examples;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The whole-request deadline the idle timeout cannot give: a client dripping one byte just inside the idle
 * timeout would otherwise hold its connection for as long as it likes. Each connection must deliver a
 * request (headers and body) within the timeout of opening or of its previous response. When the time is up
 * before the headers are in, the connection is closed; while the body is being read, the read fails (the
 * handler answers 408). Once the body is in, the deadline is off: the endpoint bounds its own answer.
 */
final class RequestDeadline implements Connection.Listener {
    private final Scheduler scheduler;
    private final Duration timeout;
    private final Map<Connection, Scheduler.Task> armed = new ConcurrentHashMap<>();
    private final Map<Connection, CompletableFuture<?>> reading = new ConcurrentHashMap<>();
    private final Set<Connection> handling = ConcurrentHashMap.newKeySet();

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
        cancel(connection);
        handling.remove(connection);
        reading.remove(connection);
    }

    /** The connection's headers are in and its body is being read: the body fails when the time is up. */
    void started(Connection connection, CompletableFuture<?> body) {
        handling.add(connection);
        reading.put(connection, body);
        body.whenComplete((done, failure) -> {
            reading.remove(connection, body);
            cancel(connection);
        });
    }

    /** The response is sent: the connection's next request starts its own clock. */
    void finished(Connection connection) {
        handling.remove(connection);
        arm(connection);
    }

    private void arm(Connection connection) {
        Scheduler.Task previous = armed.put(connection, scheduler.schedule(() -> expire(connection), timeout));
        if (previous != null) {
            previous.cancel();
        }
    }

    private void cancel(Connection connection) {
        Scheduler.Task task = armed.remove(connection);
        if (task != null) {
            task.cancel();
        }
    }

    private void expire(Connection connection) {
        armed.remove(connection);
        if (!handling.contains(connection)) {
            connection.getEndPoint().close(); // the headers never came
            return;
        }
        CompletableFuture<?> body = reading.get(connection);
        if (body != null) {
            body.completeExceptionally(new TimeoutException("request body not received in time"));
        }
    }
}
