package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.loyalty.Activity;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** {@link Activity} over {@code /users/{id}/activity?page=N}, one page fetched at a time as the stream needs it. */
final class ActivityResource implements Activity {
    private final AnnexCloudCalls calls;

    ActivityResource(AnnexCloudCalls calls) {
        this.calls = calls;
    }

    @Override
    public Stream<ActivityEntry> list(String memberId) {
        String path = AnnexCloudCalls.path("users", memberId, "/activity");
        Pages pages = new Pages(path, memberId);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
                false).flatMap(List::stream);
    }

    /** The pages of one member's history, fetched on demand; ends at an empty, missing or repeated page. */
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
                PipelineRequest request = AnnexCloudCalls.get(path, memberId, Map.of("page", Integer.toString(page)));
                List<ActivityEntry> entries = calls.send(request,
                        reply -> reply.noData() ? List.of() : reply.items(ActivityEntry.class));
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
