package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.model.SyncReport;

/** Told of a sync run's progress after each item, with the counts so far. Must be fast and not throw. */
@FunctionalInterface
public interface SyncListener {

    /** Receives the counts so far. */
    void onProgress(SyncReport soFar);

    /** A listener that ignores progress. */
    static SyncListener none() {
        return soFar -> { };
    }
}
