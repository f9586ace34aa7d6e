package com.annexcloud.sdk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CapturingSlf4jProviderTest {
    private static final Logger LOG = LoggerFactory.getLogger("capture.test");

    @Test
    void slf4jIsBoundToTheCapturingBackendWithEveryLevelOn() {
        assertThat(CapturedLogs.active()).isTrue();
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith(CapturingSlf4jProvider.class.getName());
        assertThat(LOG.isTraceEnabled()).isTrue();
        assertThat(LOG.isDebugEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("capture.test")).isSameAs(LOG);
    }

    @Test
    void keepsFormattedLinesWithTheThrowableAndItsCauses() {
        long mark = CapturedLogs.mark();
        IllegalStateException failure = new IllegalStateException("outer", new IOException("inner cause"));
        failure.addSuppressed(new RuntimeException("suppressed one"));

        LOG.trace("trace {}", 1);
        LOG.debug("{} {} -> {}", "GET", "/users/x", 200);
        LOG.info("with failure {}", "here", failure);
        LOG.atWarn().setMessage("fluent {}").addArgument("api").log();

        List<LogLine> lines = CapturedLogs.since(mark);
        assertThat(lines).extracting(LogLine::level).containsExactly("TRACE", "DEBUG", "INFO", "WARN");
        assertThat(lines).extracting(LogLine::logger).containsOnly("capture.test");
        assertThat(lines.get(0).text()).isEqualTo("trace 1");
        assertThat(lines.get(1).text()).isEqualTo("GET /users/x -> 200");
        assertThat(lines.get(2).text()).isEqualTo("with failure here | java.lang.IllegalStateException: outer"
                + " | java.lang.RuntimeException: suppressed one | java.io.IOException: inner cause");
        assertThat(lines.get(3).text()).isEqualTo("fluent api");
        assertThat(lines.get(3)).hasToString("WARN capture.test - fluent api");
        assertThat(lines).extracting(LogLine::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(CapturedLogs.lines()).endsWith(lines.toArray(LogLine[]::new));
    }

    @Test
    void aCauseCycleIsWrittenOnce() {
        long mark = CapturedLogs.mark();
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        LOG.error("cycle", first);

        assertThat(CapturedLogs.since(mark)).singleElement().extracting(LogLine::text)
                .isEqualTo("cycle | java.lang.RuntimeException: first | java.lang.RuntimeException: second");
    }

    @Test
    void theBufferIsBoundedAndCanBeCleared() {
        for (int i = 0; i < CapturedLogs.CAPACITY + 5; i++) {
            LOG.trace("line {}", i);
        }
        assertThat(CapturedLogs.lines()).hasSize(CapturedLogs.CAPACITY)
                .last().extracting(LogLine::text).isEqualTo("line " + (CapturedLogs.CAPACITY + 4));

        long mark = CapturedLogs.mark();
        CapturedLogs.clear();

        assertThat(CapturedLogs.lines()).isEmpty();
        assertThat(CapturedLogs.mark()).isEqualTo(mark);
        LOG.debug("after clear");
        assertThat(CapturedLogs.since(mark)).extracting(LogLine::text).containsExactly("after clear");
    }
}
