package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.RequestListener;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the clients' request events into Micrometer observations, so metrics and traces come from one
 * hook: one observation {@value #NAME} per call (a timer, and a span when tracing is on), tagged with
 * low-cardinality keys only: {@code vendor} ({@code annexcloud}, {@code gorgias}), {@code method},
 * {@code route} (the path's template such as {@code /users/{id}}, never an id or an email),
 * {@code status}, {@code outcome}, {@code error} (the exception's type, never its message) and {@code paced}
 * (whether the call waited for the client's rate-limit pacer, a wait the timer includes). Each retry is an
 * observation event {@code retry}, each 429 answer an event {@code rate-limited}, each paced call an event
 * {@code paced}: counters under Micrometer's default meter handler.
 */
public final class ObservationRequestListener implements RequestListener {
    /** The observation's name. */
    public static final String NAME = "loyalty.client.requests";

    private final ObservationRegistry registry;
    private final Map<Long, Observation> open = new ConcurrentHashMap<>();

    /** A listener recording into {@code registry}. */
    public ObservationRequestListener(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void onEvent(RequestEvent event) {
        switch (event.kind()) {
            case START:
                open.put(event.callId(), Observation.createNotStarted(NAME, registry)
                        .contextualName(event.client() + " " + event.request().method() + " " + event.route())
                        .lowCardinalityKeyValues(KeyValues.of("vendor", event.client(),
                                "method", event.request().method(), "route", event.route()))
                        .start());
                break;
            case RETRY:
                Observation retried = open.get(event.callId());
                if (retried != null) {
                    boolean rateLimited = event.status().isPresent() && event.status().getAsInt() == 429;
                    retried.event(Observation.Event.of(rateLimited ? "rate-limited" : "retry"));
                }
                break;
            default:
                Observation ended = open.remove(event.callId());
                if (ended != null) {
                    boolean paced = !event.paced().isZero();
                    if (paced) {
                        ended.event(Observation.Event.of("paced"));
                    }
                    ended.lowCardinalityKeyValues(KeyValues.of("paced", Boolean.toString(paced),
                            "status", event.status().isPresent() ? Integer.toString(event.status().getAsInt()) : "NONE",
                            "outcome", outcome(event),
                            "error", event.failure().map(failure -> failure.getClass().getSimpleName()).orElse("none")));
                    ended.stop();
                }
                break;
        }
    }

    /** The calls started and not yet ended (a gauge's worth; for tests and diagnostics). */
    public int inFlight() {
        return open.size();
    }

    private static String outcome(RequestEvent event) {
        if (event.status().isEmpty()) {
            return "IO_ERROR";
        }
        int status = event.status().getAsInt();
        if (status == 429) {
            return "RATE_LIMITED";
        }
        return status < 300 ? "SUCCESS" : status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
