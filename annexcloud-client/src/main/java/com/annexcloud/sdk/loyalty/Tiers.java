package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.TierStatus;
import java.util.concurrent.CompletableFuture;

/** Tier standing: {@code GET /users/{id}/tiers}. */
public interface Tiers {

    /** The member's current, previous and next tier and the distance to the next one. */
    TierStatus get(String memberId);

    /** {@link #get(String)} without blocking. */
    CompletableFuture<TierStatus> getAsync(String memberId);
}
