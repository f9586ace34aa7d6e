package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** A member's points history: {@code GET /users/{id}/activity?page=N}. */
public interface Activity {

    /**
     * The member's history, newest first as the server sends it. Pages are fetched lazily as the stream
     * is consumed, starting at page 1, until the last page the server counts in {@code pages}, or (when
     * it sends no count) an empty page, an AC1005 (no data) answer, or a page equal to the previous one (a
     * server ignoring {@code page}). Close the stream or stop consuming to stop fetching.
     * A failing page throws from the stream operation that needed it.
     */
    Stream<ActivityEntry> list(String memberId);

    /**
     * The newest page of the member's history (page 1), without blocking: what a support agent's card
     * shows. Empty when the member has no history (AC1005 included).
     */
    CompletableFuture<List<ActivityEntry>> recentAsync(String memberId);
}
