package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * A Gorgias list endpoint: {@code order_by}, {@code limit} (1–100, default 30) and opaque cursors over
 * items that have an id and creation and update times. A cursor names the last (or first) item of a page
 * by its sort key, so pages stay consistent while items are added.
 *
 * @param <T> the item type
 */
final class CursorListing<T> {
    private static final String DEFAULT_ORDER = "created_datetime:desc";
    private static final Set<String> ORDERS = Set.of("created_datetime:asc", "created_datetime:desc",
            "updated_datetime:asc", "updated_datetime:desc");

    private final ToLongFunction<T> id;
    private final Function<T, OffsetDateTime> created;
    private final Function<T, OffsetDateTime> updated;
    private final Function<T, JsonNode> view;

    /** A listing of items with these accessors, each shown in a page as {@code view} renders it. */
    CursorListing(ToLongFunction<T> id, Function<T, OffsetDateTime> created, Function<T, OffsetDateTime> updated,
                  Function<T, JsonNode> view) {
        this.id = id;
        this.created = created;
        this.updated = updated;
        this.view = view;
    }

    /** A position in the ordering: the sort timestamp in microseconds, then the id. */
    private record Key(long micros, long id) {
    }

    /**
     * The list envelope of {@code all} (already filtered) for this request.
     *
     * @throws Refusal 400 naming the invalid parameter
     */
    ObjectNode page(List<T> all, SandboxRequest request) {
        Map<String, String> query = request.query();
        int limit = limit(query.get("limit"));
        String order = query.getOrDefault("order_by", DEFAULT_ORDER);
        Refusal.require(ORDERS.contains(order), () -> GorgiasErrorResponses.invalid("order_by",
                "Must be one of: " + ORDERS.stream().sorted().collect(Collectors.joining(", ")) + "."));
        Function<T, Key> keyOf = keyFunction(order);
        Comparator<Key> ascending = Comparator.comparingLong(Key::micros).thenComparingLong(Key::id);
        Comparator<Key> ordering = order.endsWith(":asc") ? ascending : ascending.reversed();
        List<T> matching = all.stream()
                .sorted(Comparator.comparing(keyOf, ordering))
                .collect(Collectors.toList());
        int from = 0;
        int to = Math.min(limit, matching.size());
        if (query.containsKey("cursor")) {
            JsonNode cursor = decode(query.get("cursor"), order);
            Key at = new Key(cursor.path("t").asLong(), cursor.path("i").asLong());
            boolean next = cursor.path("d").asText().equals("next");
            int split = countBefore(matching, keyOf, ordering, at, next);
            from = next ? split : Math.max(0, split - limit);
            to = next ? Math.min(matching.size(), split + limit) : split;
        }
        List<T> page = matching.subList(from, to);
        ObjectNode envelope = JsonBody.MAPPER.createObjectNode().put("object", "list").put("uri", request.rawTarget());
        ArrayNode data = envelope.putArray("data");
        page.forEach(item -> data.add(view.apply(item)));
        ObjectNode meta = envelope.putObject("meta");
        meta.put("prev_cursor", from > 0 && !page.isEmpty() ? encode(order, "prev", keyOf.apply(page.get(0))) : null);
        meta.put("next_cursor", to < matching.size() && !page.isEmpty()
                ? encode(order, "next", keyOf.apply(page.get(page.size() - 1))) : null);
        return envelope;
    }

    private static int limit(String text) {
        if (text == null) {
            return 30;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= 100) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refusal(GorgiasErrorResponses.invalid("limit", "Must be greater than or equal to 1 and less than or equal to 100."));
    }

    private Function<T, Key> keyFunction(String order) {
        Function<T, OffsetDateTime> time = order.startsWith("created_datetime") ? created : updated;
        return item -> new Key(micros(time.apply(item)), id.applyAsLong(item));
    }

    private static long micros(OffsetDateTime time) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time.toInstant());
    }

    /** How many items sort before the key ({@code inclusive}: also the one at the key). */
    private static <T> int countBefore(List<T> sorted, Function<T, Key> keyOf, Comparator<Key> ordering, Key key,
                                       boolean inclusive) {
        int count = 0;
        for (T item : sorted) {
            int comparison = ordering.compare(keyOf.apply(item), key);
            if (comparison < 0 || inclusive && comparison == 0) {
                count++;
            }
        }
        return count;
    }

    private static String encode(String order, String direction, Key key) {
        ObjectNode cursor = JsonBody.MAPPER.createObjectNode()
                .put("o", order).put("d", direction).put("t", key.micros()).put("i", key.id());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode decode(String text, String order) {
        try {
            JsonNode cursor = JsonBody.MAPPER.readTree(Base64.getUrlDecoder().decode(text.trim()));
            if (cursor != null && order.equals(cursor.path("o").asText()) && cursor.path("t").isIntegralNumber()
                    && cursor.path("i").isIntegralNumber() && Set.of("next", "prev").contains(cursor.path("d").asText())) {
                return cursor;
            }
        } catch (IOException | IllegalArgumentException e) {
            // refused below
        }
        throw new Refusal(GorgiasErrorResponses.invalid("cursor", "Invalid cursor."));
    }
}
