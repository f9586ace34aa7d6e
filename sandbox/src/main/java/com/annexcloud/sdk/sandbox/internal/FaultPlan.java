package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;

/** The faults injected into one emulator; decides, per request, how it is disturbed. */
final class FaultPlan implements Faults {
    /** Drop the connection instead of answering. */
    static final int DROP = -1;
    /** Handle the request, then drop the connection instead of sending the answer. */
    static final int LOSE_ANSWER = -2;

    private final List<Countdown> failures = new ArrayList<>();
    private final List<Delay> delays = new ArrayList<>();

    @Override
    public synchronized void failNext(String method, String pathRegex, int status, int times) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status, was " + status);
        }
        failures.add(new Countdown(new EndpointPattern(method, pathRegex), status, requirePositive(times)));
    }

    @Override
    public synchronized void delay(String method, String pathRegex, Duration latency) {
        if (latency == null || latency.isNegative()) {
            throw new IllegalArgumentException("latency must be zero or positive");
        }
        delays.add(new Delay(new EndpointPattern(method, pathRegex), latency));
    }

    @Override
    public synchronized void dropNext(String method, String pathRegex, int times) {
        failures.add(new Countdown(new EndpointPattern(method, pathRegex), DROP, requirePositive(times)));
    }

    @Override
    public synchronized void loseAnswerNext(String method, String pathRegex, int times) {
        failures.add(new Countdown(new EndpointPattern(method, pathRegex), LOSE_ANSWER, requirePositive(times)));
    }

    @Override
    public synchronized void clear() {
        failures.clear();
        delays.clear();
    }

    /** The total latency to add to this request. */
    synchronized Duration latencyFor(SandboxRequest request) {
        return delays.stream().filter(d -> d.pattern.matches(request.method(), request.path()))
                .map(d -> d.latency).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Consumes the first matching failure: an HTTP status, {@link #DROP}, {@link #LOSE_ANSWER}, or empty to
     * answer normally.
     */
    synchronized OptionalInt takeFailure(SandboxRequest request) {
        for (Iterator<Countdown> it = failures.iterator(); it.hasNext(); ) {
            Countdown failure = it.next();
            if (failure.pattern.matches(request.method(), request.path())) {
                if (--failure.remaining == 0) {
                    it.remove();
                }
                return OptionalInt.of(failure.status);
            }
        }
        return OptionalInt.empty();
    }

    private static int requirePositive(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        return times;
    }

    /** A failure answered a number of times. */
    private static final class Countdown {
        final EndpointPattern pattern;
        final int status;
        int remaining;

        Countdown(EndpointPattern pattern, int status, int remaining) {
            this.pattern = pattern;
            this.status = status;
            this.remaining = remaining;
        }
    }

    /** A latency added to every matching request. */
    private record Delay(EndpointPattern pattern, Duration latency) {
    }
}
