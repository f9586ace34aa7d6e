package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The routes of a Gorgias resource kept as JSON ({@code POST} 201, list with cursor paging, {@code GET}
 * one, partial {@code PUT}, {@code DELETE} 204) over a {@link RecordBook}. A body is checked and
 * completed with defaults by {@code normalize}, which refuses with a 400 naming the field; a {@code PUT}
 * changes the fields it sends and keeps the others; every answer shows an object through {@code shown}
 * (which hides write-only fields). Every route runs under {@code lock}, shared by
 * resources that refer to each other.
 */
final class JsonCollection {
    private static final CursorListing<RecordBook.Entry> LISTING = new CursorListing<>(RecordBook.Entry::id,
            RecordBook.Entry::created, RecordBook.Entry::updated, RecordBook.Entry::view);

    private final String name;
    private final RecordBook book;
    private final UnaryOperator<ObjectNode> normalize;
    private final UnaryOperator<ObjectNode> shown;
    private final Object lock;
    private final boolean bareList;
    private final List<String> filters;
    private final BiPredicate<Map<String, String>, ObjectNode> listed;
    private final Function<RecordBook.Entry, Optional<SandboxResponse>> deleteRefusal;

    /**
     * @param name      the collection's path segment, such as {@code integrations}
     * @param normalize checks a merged body and fills its defaults; throws {@link Refusal} to refuse
     * @param shown     what an answer shows of a stored object's view (write-only fields removed)
     * @param bareList  whether a listing answers the page's items as a bare JSON array instead of the
     *                  cursor envelope (the reference documents {@code GET /api/widgets} so)
     * @param filters   the fields a listing can be filtered on by exact value, such as {@code integration_id}
     */
    JsonCollection(String name, RecordBook book, UnaryOperator<ObjectNode> normalize, UnaryOperator<ObjectNode> shown,
                   Object lock, boolean bareList, List<String> filters) {
        this(name, book, normalize, shown, lock, bareList, filters, (query, fields) -> true, entry -> Optional.empty());
    }

    /**
     * A collection with its own listing rule and delete refusals; the other parameters as above.
     *
     * @param listed        whether a listing with this query shows an object of these fields (called after
     *                      {@code filters})
     * @param deleteRefusal the answer that refuses deleting this object, such as a 409; empty to delete it
     */
    JsonCollection(String name, RecordBook book, UnaryOperator<ObjectNode> normalize, UnaryOperator<ObjectNode> shown,
                   Object lock, boolean bareList, List<String> filters,
                   BiPredicate<Map<String, String>, ObjectNode> listed,
                   Function<RecordBook.Entry, Optional<SandboxResponse>> deleteRefusal) {
        this.listed = listed;
        this.deleteRefusal = deleteRefusal;
        this.name = name;
        this.book = book;
        this.normalize = normalize;
        this.shown = shown;
        this.lock = lock;
        this.bareList = bareList;
        this.filters = List.copyOf(filters);
    }

    /** Adds this collection's routes. */
    void register(Router router) {
        router.add("POST", name, (request, params) -> locked(() ->
                        SandboxResponse.json(201, shown.apply(book.add(normalize.apply(writable(GorgiasApi.object(request)))).view()))))
                .add("GET", name, (request, params) -> locked(() -> {
                    ObjectNode page = LISTING.page(filtered(request), request);
                    page.get("data").forEach(item -> shown.apply((ObjectNode) item));
                    return SandboxResponse.json(200, bareList ? page.get("data") : page);
                }))
                .add("GET", name + "/{}", (request, params) -> locked(() ->
                        SandboxResponse.json(200, shown.apply(existing(params).view()))))
                .add("PUT", name + "/{}", (request, params) -> locked(() -> update(request, params)))
                .add("DELETE", name + "/{}", (request, params) -> locked(() -> {
                    RecordBook.Entry entry = existing(params);
                    return deleteRefusal.apply(entry).orElseGet(() -> {
                        book.delete(entry.id());
                        return SandboxResponse.empty(204);
                    });
                }));
    }

    /** The stored objects whose fields equal every filter of the request's query ({@code integration_id=7}). */
    private List<RecordBook.Entry> filtered(SandboxRequest request) {
        return book.all().stream()
                .filter(entry -> filters.stream().allMatch(field -> !request.query().containsKey(field)
                        || entry.fields().path(field).asText().equals(request.query().get(field).trim())))
                .filter(entry -> listed.test(request.query(), entry.fields()))
                .toList();
    }

    /** Whether an object with this id exists; call under the lock. */
    boolean contains(long id) {
        return book.get(id).isPresent();
    }

    private SandboxResponse update(SandboxRequest request, List<String> params) {
        ObjectNode changes = GorgiasApi.object(request);
        RecordBook.Entry current = existing(params);
        ObjectNode merged = current.fields().deepCopy();
        merged.setAll(writable(changes));
        return SandboxResponse.json(200, shown.apply(book.replace(current, normalize.apply(merged)).view()));
    }

    /** The body without the fields the server owns. */
    private static ObjectNode writable(ObjectNode body) {
        body.remove(List.of("id", "created_datetime", "updated_datetime"));
        return body;
    }

    private RecordBook.Entry existing(List<String> params) {
        return book.get(GorgiasApi.pathId(params)).orElseThrow(() -> new Refusal(GorgiasErrorResponses.status(404)));
    }

    private SandboxResponse locked(Supplier<SandboxResponse> handler) {
        synchronized (lock) {
            return handler.get();
        }
    }
}
