package com.annexcloud.sdk.testsupport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines the {@link CapturingSlf4jProvider} captured, newest last. The buffer keeps the latest
 * {@value #CAPACITY} lines; older ones are dropped (their sequence numbers are never reused).
 * Thread-safe.
 */
public final class CapturedLogs {
    /** How many lines are kept. */
    public static final int CAPACITY = 20_000;

    private static final ArrayDeque<LogLine> LINES = new ArrayDeque<>();
    private static long next;

    private CapturedLogs() {
    }

    /** Every line still kept, oldest first. */
    public static synchronized List<LogLine> lines() {
        return List.copyOf(LINES);
    }

    /** The lines logged after {@code mark} (a value of {@link #mark()}), oldest first. */
    public static synchronized List<LogLine> since(long mark) {
        List<LogLine> newer = new ArrayList<>();
        for (var it = LINES.descendingIterator(); it.hasNext(); ) {
            LogLine line = it.next();
            if (line.sequence() < mark) {
                break;
            }
            newer.add(line);
        }
        java.util.Collections.reverse(newer);
        return newer;
    }

    /** The sequence number the next line will get: pass it to {@link #since(long)} later. */
    public static synchronized long mark() {
        return next;
    }

    /** Forgets every kept line. */
    public static synchronized void clear() {
        LINES.clear();
    }

    /** Whether SLF4J is bound to the capturing backend, so that lines are captured at all. */
    public static boolean active() {
        return CapturingSlf4jProvider.class.getName().equals(System.getProperty("slf4j.provider"));
    }

    static synchronized LogLine append(String level, String logger, String text) {
        LogLine line = new LogLine(next++, level, logger, text);
        if (LINES.size() == CAPACITY) {
            LINES.removeFirst();
        }
        LINES.addLast(line);
        return line;
    }
}
