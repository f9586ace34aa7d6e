package com.annexcloud.sdk.testsupport;

/**
 * One formatted log line as the capturing backend kept it.
 *
 * @param sequence the line's position in everything logged since the JVM started (never reused)
 * @param level    {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN} or {@code ERROR}
 * @param logger   the logger's name
 * @param text     the message with its arguments filled in, followed by the throwable's class and
 *                 message and those of each of its causes and suppressed exceptions
 */
public record LogLine(long sequence, String level, String logger, String text) {
    @Override
    public String toString() {
        return level + " " + logger + " - " + text;
    }
}
