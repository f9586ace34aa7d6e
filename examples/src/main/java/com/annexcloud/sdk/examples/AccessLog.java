package com.annexcloud.sdk.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.util.NanoTime;

/**
 * One line per request the widget server answered: {@code 2026-12-01T10:00:00.123Z GET /gorgias/loyalty 200 3 ms}.
 * The path is logged without the query string (which carries the customer's email) and no header is ever
 * logged (the bearer token travels in one); anything but printable ASCII in the path is shown as {@code ?}
 * and a long path is cut.
 */
final class AccessLog implements RequestLog {
    private static final int MAX_PATH = 200;

    private final PrintStream out;
    private final Clock clock;

    AccessLog(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void log(Request request, Response response) {
        long millis = TimeUnit.NANOSECONDS.toMillis(NanoTime.since(request.getBeginNanoTime()));
        out.println(line(clock.instant(), request.getMethod(), request.getHttpURI().getPath(), response.getStatus(), millis));
    }

    /** The line for one request. */
    static String line(Instant at, String method, String path, int status, long millis) {
        return at + " " + printable(method) + " " + printable(path) + " " + status + " " + millis + " ms";
    }

    private static String printable(String text) {
        String value = text == null ? "-" : text;
        String cut = value.length() > MAX_PATH ? value.substring(0, MAX_PATH) + "..." : value;
        StringBuilder clean = new StringBuilder(cut.length());
        cut.chars().forEach(c -> clean.append(c > ' ' && c < 0x7f ? (char) c : '?'));
        return clean.toString();
    }
}
