package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagedIterableTest {
    private final List<Optional<String>> fetched = new ArrayList<>();

    private PagedIterable<Integer> pages(Map<Optional<String>, PagedIterable.Page<Integer>> byCursor) {
        return PagedIterable.of(cursor -> {
            fetched.add(cursor);
            return byCursor.get(cursor);
        });
    }

    private static PagedIterable.Page<Integer> page(List<Integer> items, String next) {
        return new PagedIterable.Page<>(items, Optional.ofNullable(next));
    }

    @Test
    void skipsEmptyPagesThatHaveANextCursor() {
        PagedIterable<Integer> all = pages(Map.of(
                Optional.empty(), page(List.of(1), "a"),
                Optional.of("a"), page(List.of(), "b"),
                Optional.of("b"), page(List.of(2, 3), null)));

        assertThat(all).containsExactly(1, 2, 3);
        assertThat(fetched).containsExactly(Optional.empty(), Optional.of("a"), Optional.of("b"));
    }

    @Test
    void stopsWhenAPageRepeatsItsOwnCursor() {
        PagedIterable<Integer> all = pages(Map.of(
                Optional.empty(), page(List.of(1), "a"),
                Optional.of("a"), page(List.of(2), "a")));

        assertThat(all.stream().toList()).containsExactly(1, 2);
        assertThat(fetched).hasSize(2);
    }

    @Test
    void stopsWhenAPageRepeatsThePreviousPagesItems() {
        // A server ignoring the page number (Annex Cloud's ?page=N) answers page 1 again under every cursor.
        PagedIterable<Integer> all = pages(Map.of(
                Optional.empty(), page(List.of(1, 2), "2"),
                Optional.of("2"), page(List.of(1, 2), "3")));

        assertThat(all).containsExactly(1, 2);
        assertThat(fetched).containsExactly(Optional.empty(), Optional.of("2"));
    }

    @Test
    void streamsLazilyOnePageRequestAtATime() {
        PagedIterable<Integer> all = pages(Map.of(
                Optional.empty(), page(List.of(1, 2), "b"),
                Optional.of("b"), page(List.of(3), null)));

        assertThat(all.stream().limit(2).toList()).containsExactly(1, 2);
        assertThat(fetched).containsExactly(Optional.empty());
    }

    @Test
    void fetchesNothingBeforeIterationAndThrowsPastTheEnd() {
        PagedIterable<Integer> all = pages(Map.of(Optional.empty(), page(List.of(), null)));
        Iterator<Integer> iterator = all.iterator();
        assertThat(fetched).isEmpty();

        assertThat(iterator.hasNext()).isFalse();
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
        assertThat(fetched).hasSize(1);
    }
}
