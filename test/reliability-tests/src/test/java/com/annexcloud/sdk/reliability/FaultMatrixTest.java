package com.annexcloud.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.UnreadableResponseException;
import com.annexcloud.sdk.loyalty.AnnexCloudException;
import com.annexcloud.sdk.loyalty.AnnexCloudRateLimitedException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation under every fault ends as {@code docs/reliability.md} says: retried and succeeded, or a
 * typed exception after the documented number of attempts; and the sandbox holds every change exactly
 * once, or not at all.
 */
class FaultMatrixTest {
    @RegisterExtension
    static final WireMockExtension WIRE_MOCK = WireMockExtension.newInstance()
            .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort())
            .build();

    static Stream<Arguments> cells() {
        return Arrays.stream(Operation.values())
                .flatMap(operation -> Arrays.stream(Fault.values()).map(fault -> Arguments.of(operation, fault)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cells")
    void endsAsDocumented(Operation operation, Fault fault) {
        Expected expected = Expected.of(operation, fault);
        try (FaultBench bench = new FaultBench(operation.target, fault, WIRE_MOCK)) {
            Object[] result = new Object[1];
            Throwable failure = catchThrowable(() -> result[0] = operation.run(bench));

            if (expected.failure() == null) {
                assertThat(failure).as("outcome").isNull();
                operation.assertResult(bench, result[0]);
                fault.retryAfter(operation.target.api())
                        .ifPresent(wait -> assertThat(bench.time.sleeps()).as("waits").contains(wait));
            } else {
                assertThat(failure).as("outcome").isExactlyInstanceOf(expected.failure());
                if (failure instanceof TransportException) {
                    assertThat(((TransportException) failure).isTimeout()).as("timeout").isEqualTo(fault == Fault.TIMEOUT);
                }
                fault.status().ifPresent(status -> assertThat(((SdkException) failure).statusCode()).hasValue(status));
            }
            assertThat(bench.targetAttempts()).as("attempts on " + operation.target).isEqualTo(expected.attempts());
            operation.assertState(bench, failure == null, fault == Fault.TIMEOUT);
        }
    }

    /**
     * The documented outcome of a cell.
     *
     * @param failure  the exact exception type, or null when the call succeeds
     * @param attempts how many requests the client sends to the target
     */
    record Expected(Class<? extends Throwable> failure, int attempts) {
        static Expected of(Operation operation, Fault fault) {
            switch (fault.kind) {
                case REFUSED:
                    // A refused connection sent nothing, so whatever may be repeated is sent again without a lookup.
                    return new Expected(TransportException.class,
                            operation.repeat != Operation.Repeat.NEVER ? RetryPolicy.defaults().maxAttempts() : 1);
                case UNREADABLE:
                    return new Expected(UnreadableResponseException.class, 1);
                default:
                    if (operation.repeat != Operation.Repeat.NEVER) {
                        return new Expected(null, operation.normalAttempts + 1);
                    }
                    Class<? extends Throwable> type = fault.status()
                            .<Class<? extends Throwable>>map(status -> status == 429
                                    ? AnnexCloudRateLimitedException.class : AnnexCloudException.class)
                            .orElse(TransportException.class);
                    return new Expected(type, 1);
            }
        }
    }
}
