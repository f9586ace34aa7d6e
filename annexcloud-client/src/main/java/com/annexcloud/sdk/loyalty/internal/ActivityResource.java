package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.loyalty.ActivityAsync;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link ActivityAsync} over {@code /users/{id}/activity?page=N}, through one exchange: the {@code
 * activityDetail} items, and for the blocking view every page as a {@link PagedIterable} (the page number is
 * its cursor), up to the page count the server gives in {@code pages}.
 */
final class ActivityResource implements ActivityAsync {
    private static final Function<Reply, Page> READ_PAGE = reply -> reply.noData()
            ? new Page(List.of(), Optional.empty())
            : new Page(reply.items(ActivityEntry.class, "activityDetail"), reply.wholeNumber("pages"));

    private final AnnexCloudCalls calls;
    private final Exchange exchange;

    ActivityResource(AnnexCloudCalls calls, Exchange exchange) {
        this.calls = calls;
        this.exchange = exchange;
    }

    /**
     * Every page, fetched as iterated, waiting for each; ends after the last page the server counts, or,
     * without a count, at an empty or missing page (a repeated page ends any {@link PagedIterable}).
     */
    PagedIterable<ActivityEntry> list(String memberId) {
        String path = path(memberId);
        return PagedIterable.of(cursor -> {
            int number = cursor.map(Integer::parseInt).orElse(1);
            Page page = Futures.await(calls.call(exchange, page(path, memberId, number), READ_PAGE));
            boolean last = page.entries().isEmpty() || page.pages().filter(count -> number >= count).isPresent();
            return new PagedIterable.Page<>(page.entries(),
                    last ? Optional.empty() : Optional.of(Integer.toString(number + 1)));
        });
    }

    @Override
    public CompletableFuture<List<ActivityEntry>> recent(String memberId) {
        return Futures.map(calls.call(exchange, page(path(memberId), memberId, 1), READ_PAGE), Page::entries);
    }

    /** One page of the member's history, over by {@code deadline}. */
    CompletableFuture<Page> page(String memberId, int page, Instant deadline) {
        return calls.call(exchange.within(deadline), page(path(memberId), memberId, page), READ_PAGE);
    }

    private static String path(String memberId) {
        return AnnexCloudCalls.path("users", memberId, "/activity");
    }

    private static PipelineRequest page(String path, String memberId, int page) {
        return AnnexCloudCalls.get(path, memberId, Map.of("page", Integer.toString(page)));
    }

    /** One page: its entries and, when the server says, how many pages there are. */
    record Page(List<ActivityEntry> entries, Optional<Integer> pages) {
    }
}
