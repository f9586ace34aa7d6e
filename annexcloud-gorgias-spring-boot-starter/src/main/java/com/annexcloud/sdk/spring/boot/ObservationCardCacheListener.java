package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.bridge.CardCacheListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Records each card lookup while the bridge's cache is on as an instant observation {@value #NAME} tagged
 * {@code result=hit|miss}: under Micrometer's default meter handler a timer whose counts give the hit rate.
 */
public final class ObservationCardCacheListener implements CardCacheListener {
    /** The observation's name. */
    public static final String NAME = "loyalty.card.cache";

    private final ObservationRegistry registry;

    /** A listener recording into {@code registry}. */
    public ObservationCardCacheListener(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void onLookup(boolean hit) {
        Observation.createNotStarted(NAME, registry).lowCardinalityKeyValue("result", hit ? "hit" : "miss").start().stop();
    }
}
