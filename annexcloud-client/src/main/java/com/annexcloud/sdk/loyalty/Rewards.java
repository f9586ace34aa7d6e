package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.UsedReward;
import java.util.List;

/**
 * A member's rewards: those it can redeem, {@code GET /users/{id}/reward}, and those it has used with their
 * codes, {@code GET /users/{id}/usedreward?page=N}. {@link RewardsAsync} ({@code client.async().rewards()}) reads
 * the available ones and the newest page of the used ones without blocking; the lazy listing of every page stays
 * on this view, as {@link Activity}'s does.
 */
public interface Rewards {

    /** The rewards available to the member; empty when the server has none (AC1005 included). */
    List<Reward> available(String memberId);

    /**
     * The rewards the member has used, in the server's order (newest first is assumed: no public source states
     * the order). Pages are fetched lazily as the
     * result is iterated, one at a time, from page 1, until the last page the server counts in {@code pages}
     * (read against {@code current_page}, or {@code currentPage}, when sent), an empty page, an AC1005 (no data)
     * answer, or a page equal to the previous one. A failing page throws from {@code hasNext()}.
     */
    PagedIterable<UsedReward> used(String memberId);

    /**
     * The first page of {@link #used(String)} (page 1, assumed to hold the newest): what a support agent's card
     * shows. Empty when the member has used none (AC1005 included).
     */
    List<UsedReward> recentlyUsed(String memberId);
}
