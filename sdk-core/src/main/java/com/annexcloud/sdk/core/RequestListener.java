package com.annexcloud.sdk.core;

/**
 * A hook for metrics and tracing, told of every call's start, each retry and its end. Called on the
 * thread that runs the call; it must be fast and must not throw (what it throws is logged and ignored).
 */
@FunctionalInterface
public interface RequestListener {

    /** Receives one event. */
    void onEvent(RequestEvent event);

    /** A listener that ignores every event. */
    static RequestListener none() {
        return event -> { };
    }
}
