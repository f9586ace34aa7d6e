package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.Reward;
import java.util.List;

/** Rewards a member can redeem: {@code GET /users/{id}/reward}. */
public interface Rewards {

    /** The rewards available to the member; empty when the server has none (AC1005 included). */
    List<Reward> available(String memberId);
}
