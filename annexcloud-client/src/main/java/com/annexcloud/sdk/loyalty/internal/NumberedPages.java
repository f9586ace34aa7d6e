package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A member's listing paged by number, {@code /users/{id}<suffix>?page=N}, through one exchange: the items of
 * one named field, the page count in {@code pages} and the page the server says it answered in {@code
 * current_page} or {@code currentPage} (the used-rewards and activity spellings). AC1005 (no data) is an empty page.
 *
 * @param <T> the item type
 */
final class NumberedPages<T> {
    private final AnnexCloudCalls calls;
    private final Exchange exchange;
    private final String suffix;
    private final Function<Reply, Page<T>> reader;

    NumberedPages(AnnexCloudCalls calls, Exchange exchange, String suffix, Class<T> type, String itemsField) {
        this.calls = calls;
        this.exchange = exchange;
        this.suffix = suffix;
        this.reader = reply -> reply.noData()
                ? new Page<>(List.of(), Optional.empty(), Optional.empty())
                : new Page<>(reply.items(type, itemsField), reply.wholeNumber("pages"),
                        reply.wholeNumber("current_page").or(() -> reply.wholeNumber("currentPage")));
    }

    /**
     * Every page, fetched as iterated, waiting for each, from page 1; ends at an empty page or at the last page
     * the server counts (a repeated page ends any {@link PagedIterable}).
     */
    PagedIterable<T> all(String memberId) {
        String path = path(memberId);
        return PagedIterable.of(cursor -> {
            int number = cursor.map(Integer::parseInt).orElse(1);
            Page<T> page = Futures.await(calls.call(exchange, request(path, memberId, number), reader));
            return new PagedIterable.Page<>(page.entries(),
                    page.isLast(number) ? Optional.empty() : Optional.of(Integer.toString(number + 1)));
        });
    }

    /** Page 1, the newest as far as known (no public source states the order: assumed). */
    CompletableFuture<List<T>> first(String memberId) {
        return calls.call(exchange, request(path(memberId), memberId, 1), reader).thenApply(Page::entries);
    }

    /** One page, over by {@code deadline}. */
    CompletableFuture<Page<T>> page(String memberId, int page, Instant deadline) {
        return calls.call(exchange.within(deadline), request(path(memberId), memberId, page), reader);
    }

    /** The listing's path for the member: the id checked and encoded as one segment (so a bad id fails at once). */
    private String path(String memberId) {
        return AnnexCloudCalls.path("users", memberId, suffix);
    }

    private static PipelineRequest request(String path, String memberId, int page) {
        return AnnexCloudCalls.get(path, memberId, Map.of("page", Integer.toString(page)));
    }

    /**
     * One page: its entries and, when the server says, how many pages there are and which one this is.
     *
     * @param <T> the item type
     */
    record Page<T>(List<T> entries, Optional<Integer> pages, Optional<Integer> currentPage) {

        /** Whether no page follows this one, fetched as page {@code requested}: it is empty or the last counted. */
        boolean isLast(int requested) {
            int number = currentPage.orElse(requested);
            return entries.isEmpty() || pages.filter(count -> number >= count).isPresent();
        }
    }
}
