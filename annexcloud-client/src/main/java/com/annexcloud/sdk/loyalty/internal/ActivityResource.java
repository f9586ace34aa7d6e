package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.loyalty.Activity;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@link Activity} over {@code /users/{id}/activity?page=N}: the {@code activityDetail} items, one page
 * fetched at a time as the stream needs it, up to the page count the server gives in {@code pages}.
 */
final class ActivityResource implements Activity {
    private static final Function<Reply, Page> READ_PAGE = reply -> reply.noData()
            ? new Page(List.of(), Optional.empty())
            : new Page(reply.items(ActivityEntry.class, "activityDetail"), reply.wholeNumber("pages"));

    private final AnnexCloudCalls calls;

    ActivityResource(AnnexCloudCalls calls) {
        this.calls = calls;
    }

    @Override
    public Stream<ActivityEntry> list(String memberId) {
        Pages pages = new Pages(path(memberId), memberId);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
                false).flatMap(List::stream);
    }

    @Override
    public CompletableFuture<List<ActivityEntry>> recentAsync(String memberId) {
        return calls.sendAsync(page(path(memberId), memberId, 1), READ_PAGE).thenApply(Page::entries);
    }

    /** One page of the member's history, without blocking, over by {@code deadline}. */
    CompletableFuture<Page> pageAsync(String memberId, int page, Instant deadline) {
        return calls.sendAsync(page(path(memberId), memberId, page).withDeadline(deadline), READ_PAGE);
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

    /**
     * The pages of one member's history, fetched on demand; ends after the last page the server counts,
     * or, without a count, at an empty, missing or repeated page.
     */
    private final class Pages implements Iterator<List<ActivityEntry>> {
        private final String path;
        private final String memberId;
        private int page = 1;
        private List<ActivityEntry> previous;
        private List<ActivityEntry> next;
        private boolean done;

        Pages(String path, String memberId) {
            this.path = path;
            this.memberId = memberId;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                Page fetched = calls.send(page(path, memberId, page), READ_PAGE);
                List<ActivityEntry> entries = fetched.entries();
                done = fetched.pages().filter(count -> page >= count).isPresent();
                page++;
                if (entries.isEmpty() || entries.equals(previous)) {
                    done = true;
                } else {
                    next = entries;
                }
            }
            return next != null;
        }

        @Override
        public List<ActivityEntry> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more activity pages");
            }
            previous = next;
            next = null;
            return previous;
        }
    }
}
