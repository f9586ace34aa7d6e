package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.ImmutableRequestEvent;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.gorgias.RateLimitStatus;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@code GORGIAS_RATE_LIMIT} and the budget lines {@code sync} prints on stderr. */
class GorgiasBudgetConfigTest {
    private final ManualTime time = ManualTime.create();

    @Test
    void gorgiasRateLimitIsACapReadFromTheEnvironment() {
        assertThat(new ExampleConfig(Map.of()).gorgiasRateLimit()).isEmpty();
        assertThat(new ExampleConfig(Map.of("GORGIAS_RATE_LIMIT", "40/20s")).gorgiasRateLimit())
                .contains(GorgiasRateLimit.apiKey());
        assertThatThrownBy(() -> new ExampleConfig(Map.of("GORGIAS_RATE_LIMIT", "fast")).gorgiasRateLimit())
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("GORGIAS_RATE_LIMIT")
                .hasMessageContaining("40/20s")
                .hasMessageContaining("'fast'");
    }

    @Test
    void theMeterReportsTheLearntBudgetAndItsUse() {
        BudgetMeter meter = new BudgetMeter(time.clock());
        RateLimitStatus measured = new RateLimitStatus(10, 10, Duration.ofSeconds(2), OptionalInt.of(10),
                OptionalInt.of(10), true);
        assertThat(meter.line(measured)).isEqualTo("gorgias budget 10/2.0s (measured): no request yet");

        for (int i = 0; i < 20; i++) {
            meter.onEvent(event(RequestEvent.Kind.START, 200));
            meter.onEvent(event(RequestEvent.Kind.END, 200));
        }
        meter.onEvent(event(RequestEvent.Kind.RETRY, 429));
        time.advance(Duration.ofSeconds(2));

        // 21 requests in 2 s of a 10 per 2 s bucket: 21 / ((2 + 2) × 5)
        assertThat(meter.line(measured))
                .isEqualTo("gorgias budget 10/2.0s (measured): 21 requests in 2.0 s, use 1.05, 1 answered 429");
        RateLimitStatus assumed = new RateLimitStatus(0, 40, Duration.ofSeconds(20), OptionalInt.empty(),
                OptionalInt.empty(), false);
        assertThat(meter.line(assumed)).startsWith("gorgias budget 40/20.0s (assumed)");
    }

    @Test
    void progressLinesCarryTheBudget() {
        SyncProgress progress = new SyncProgress(System.err, time.clock(), OptionalLong.of(10));
        progress.budget(() -> "gorgias budget 10/2.0s (measured)");

        String line = progress.line(SyncReport.builder().scanned(5).created(5).updated(0).unchanged(0).skipped(0).failed(0).build(), time.now().plusSeconds(1));

        assertThat(line).startsWith("done 5/10, 5.0/s").endsWith("; gorgias budget 10/2.0s (measured)");
    }

    private static RequestEvent event(RequestEvent.Kind kind, int status) {
        ImmutableRequestEvent.Builder event = ImmutableRequestEvent.builder().kind(kind).client("gorgias")
                .request(new RequestDescription("GET", "/customers")).attempt(1).elapsed(Duration.ZERO);
        if (kind != RequestEvent.Kind.START) {
            event.status(status);
        }
        return event.build();
    }
}
