package com.annexcloud.sdk.testsupport;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger with every level enabled that formats each call and keeps it in {@link CapturedLogs}. Loggers
 * named under a prefix in the {@code testsupport.quietLoggers} system property (comma-separated) run at
 * INFO, as the module's own logging configuration keeps them: for third-party code such as Jetty, whose
 * DEBUG lines print request headers.
 */
final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    private static final PrintStream STDERR = System.err;

    private final boolean verbose;

    CapturingLogger(String name) {
        this.name = name;
        this.verbose = Arrays.stream(System.getProperty("testsupport.quietLoggers", "").split(","))
                .map(String::strip).filter(prefix -> !prefix.isEmpty()).noneMatch(name::startsWith);
    }

    @Override
    public boolean isTraceEnabled() {
        return verbose;
    }

    @Override
    public boolean isDebugEnabled() {
        return verbose;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        var formatted = MessageFormatter.arrayFormat(pattern, arguments, throwable);
        StringBuilder text = new StringBuilder(String.valueOf(formatted.getMessage()));
        appendThrowable(text, throwable != null ? throwable : formatted.getThrowable(), Collections.newSetFromMap(new IdentityHashMap<>()));
        LogLine line = CapturedLogs.append(level.name(), name, text.toString());
        if (level == Level.WARN || level == Level.ERROR) {
            STDERR.println("[captured] " + line);
        }
    }

    /** The class and message of the throwable, its causes and its suppressed exceptions (no stack frames). */
    static void appendThrowable(StringBuilder text, Throwable throwable, Set<Throwable> seen) {
        if (throwable == null || !seen.add(throwable)) {
            return;
        }
        text.append(" | ").append(throwable.getClass().getName()).append(": ").append(throwable.getMessage());
        for (Throwable suppressed : throwable.getSuppressed()) {
            appendThrowable(text, suppressed, seen);
        }
        appendThrowable(text, throwable.getCause(), seen);
    }
}
