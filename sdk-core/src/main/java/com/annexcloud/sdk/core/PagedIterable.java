package com.annexcloud.sdk.core;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a paged listing, fetched lazily: nothing is requested until iteration starts, the next
 * page is requested only when the current one is used up (one page request at a time), and only one page
 * is held in memory. A page names the next one by an opaque cursor (Gorgias's cursor, Annex Cloud's page
 * number). Iteration stops when a page has no next cursor, repeats the cursor it was fetched with, or
 * repeats the previous page's items, so a misbehaving server cannot make it loop forever. Each {@link
 * #iterator()} or {@link #stream()} starts again from the first page. Failures of a page request surface
 * from {@code hasNext()} as the client's exceptions.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final Function<Optional<String>, Page<T>> fetch;

    private PagedIterable(Function<Optional<String>, Page<T>> fetch) {
        this.fetch = fetch;
    }

    /**
     * One fetched page: its items and the cursor of the next page.
     *
     * @param items      the page's items
     * @param nextCursor the next page's cursor, empty on the last page
     * @param <T>        the item type
     */
    public record Page<T>(List<T> items, Optional<String> nextCursor) {
        /** Validates and freezes the page. */
        public Page {
            items = List.copyOf(items);
            Objects.requireNonNull(nextCursor, "nextCursor");
        }
    }

    /**
     * A listing over pages fetched by {@code fetch}: it is called with an empty cursor for the first page
     * and with the previous page's next cursor after that.
     */
    public static <T> PagedIterable<T> of(Function<Optional<String>, Page<T>> fetch) {
        return new PagedIterable<>(Objects.requireNonNull(fetch, "fetch"));
    }

    @Override
    public Iterator<T> iterator() {
        return new PageIterator();
    }

    /** The items as a sequential, ordered stream that fetches pages as it is consumed. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Walks the items page by page. */
    private final class PageIterator implements Iterator<T> {
        private Iterator<T> current = List.<T>of().iterator();
        private List<T> previous = List.of();
        private Optional<String> cursor = Optional.empty();
        private boolean started;
        private boolean lastPage;

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !lastPage) {
                Page<T> page = fetch.apply(cursor);
                boolean repeated = !page.items().isEmpty() && page.items().equals(previous);
                lastPage = repeated || page.nextCursor().isEmpty() || (started && page.nextCursor().equals(cursor));
                started = true;
                cursor = page.nextCursor();
                previous = page.items();
                current = repeated ? List.<T>of().iterator() : page.items().iterator();
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more items");
            }
            return current.next();
        }
    }
}
