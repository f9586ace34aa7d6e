package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import java.util.List;

/**
 * A member's points history: {@code GET /users/{id}/activity?page=N}. {@link ActivityAsync} ({@code
 * client.async().activity()}) reads the newest page without blocking.
 */
public interface Activity {

    /**
     * The member's history, newest first as the server sends it. Pages are fetched lazily as the result is
     * iterated (nothing before), one page request at a time, starting at page 1, until the last page the
     * server counts in {@code pages}, or (when it sends no count) an empty page, an AC1005 (no data)
     * answer, or a page equal to the previous one (a server ignoring {@code page}). Stop iterating to stop
     * fetching; a failing page throws from {@code hasNext()} (or the stream operation that needed it).
     */
    PagedIterable<ActivityEntry> list(String memberId);

    /**
     * The newest page of the member's history (page 1): what a support agent's card shows. Empty when the
     * member has no history (AC1005 included).
     */
    List<ActivityEntry> recent(String memberId);
}
