package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.loyalty.ActivityAsync;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ActivityAsync} over {@code /users/{id}/activity?page=N}, through one exchange: the {@code
 * activityDetail} items, and for the blocking view every page as a {@link PagedIterable} (the page number is
 * its cursor), up to the page count the server gives in {@code pages}.
 */
final class ActivityResource implements ActivityAsync {
    private final NumberedPages<ActivityEntry> pages;

    ActivityResource(AnnexCloudCalls calls, Exchange exchange) {
        this.pages = new NumberedPages<>(calls, exchange, "/activity", ActivityEntry.class, "activityDetail");
    }

    /** Every page, fetched as iterated, waiting for each (see {@link NumberedPages#all}). */
    PagedIterable<ActivityEntry> list(String memberId) {
        return pages.all(memberId);
    }

    @Override
    public CompletableFuture<List<ActivityEntry>> recent(String memberId) {
        return pages.first(memberId);
    }

    /** One page of the member's history, over by {@code deadline}. */
    CompletableFuture<NumberedPages.Page<ActivityEntry>> page(String memberId, int page, Instant deadline) {
        return pages.page(memberId, page, deadline);
    }
}
