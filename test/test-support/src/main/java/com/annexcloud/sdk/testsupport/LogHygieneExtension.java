package com.annexcloud.sdk.testsupport;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when a line logged while it ran shows a credential ({@link SecretScanner}): a signed JWT,
 * a bearer token, Basic credentials, an {@code Authorization} value or a {@link KnownSecrets known
 * secret}. The failure names the logger and shows a redacted excerpt. Registered for every test through
 * JUnit's extension auto-detection; it does nothing unless the {@link CapturingSlf4jProvider} is active.
 */
public final class LogHygieneExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LogHygieneExtension.class);
    private static final String MARK = "mark";

    /** Created by JUnit. */
    public LogHygieneExtension() {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(MARK, CapturedLogs.mark());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Long mark = context.getStore(NAMESPACE).get(MARK, Long.class);
        if (mark == null || !CapturedLogs.active()) {
            return;
        }
        for (LogLine line : CapturedLogs.since(mark)) {
            Optional<String> leak = SecretScanner.findLeak(line.text());
            if (leak.isPresent()) {
                throw new AssertionError("log line of " + line.logger() + " (" + line.level() + ") shows " + leak.get());
            }
        }
    }
}
