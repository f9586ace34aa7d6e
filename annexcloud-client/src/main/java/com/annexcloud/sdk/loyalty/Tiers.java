package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.TierStatus;

/** Tier standing: {@code GET /users/{id}/tiers}. */
public interface Tiers {

    /** The member's current, previous and next tier and the distance to the next one. */
    TierStatus get(String memberId);
}
