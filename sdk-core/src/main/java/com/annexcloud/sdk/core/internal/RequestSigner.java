package com.annexcloud.sdk.core.internal;

import java.time.Instant;
import java.util.Map;

/** Computes the authentication headers of one attempt (fresh per attempt, as signatures expire). */
@FunctionalInterface
public interface RequestSigner {

    /** The headers to add to this attempt, computed at {@code now}. */
    Map<String, String> headers(PipelineRequest request, Instant now);
}
