package com.annexcloud.sdk.bridge;

/**
 * Told, for each card lookup while the bridge's card cache is on, whether the cache answered it; for
 * metrics. Called on the looking-up thread; it must be fast and must not throw.
 */
@FunctionalInterface
public interface CardCacheListener {

    /** One lookup: {@code hit} when the card came from the cache. */
    void onLookup(boolean hit);

    /** A listener that ignores lookups. */
    static CardCacheListener none() {
        return hit -> { };
    }
}
