package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PathSegments;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What every Gorgias resource does the same way: send through an {@link Exchange}, turn error statuses
 * into {@code GorgiasException}s, read items and list envelopes, walk cursor pages, and create without
 * blind retries. Each operation is written once against an {@link Exchange}: the blocking view passes a
 * blocking one, the async view a non-blocking one.
 */
final class ResourceCalls {

    private final ClientOptions options;
    private final GorgiasAuth auth;
    private final List<Secret> alsoRedacted;

    ResourceCalls(ClientOptions options, GorgiasAuth auth) {
        this(options, auth, List.of());
    }

    private ResourceCalls(ClientOptions options, GorgiasAuth auth, List<Secret> alsoRedacted) {
        this.options = options;
        this.auth = auth;
        this.alsoRedacted = alsoRedacted;
    }

    /**
     * These calls, with {@code secrets} (values a request carries, such as an integration's header values
     * or HMAC secret) also kept out of error messages, in case Gorgias echoes them.
     */
    ResourceCalls redacting(List<Secret> secrets) {
        List<Secret> all = new ArrayList<>(alsoRedacted);
        all.addAll(secrets);
        return new ResourceCalls(options, auth, List.copyOf(all));
    }

    /** {@code collection/{id}}, the id checked positive and encoded as one segment. */
    static String itemPath(String collection, long id) {
        Checks.requirePositive(id, "id");
        return collection + "/" + PathSegments.encode(Long.toString(id), "id");
    }

    /**
     * The request reported under its route: every id segment (Gorgias ids are numbers, collection names never
     * are, see {@link #itemPath}) becomes {@code {id}}, so {@code /customers/42/data} is {@code /customers/{id}/data}.
     */
    static PipelineRequest routed(PipelineRequest request) {
        String[] segments = request.path().split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (!segments[i].isEmpty() && segments[i].chars().allMatch(Character::isDigit)) {
                segments[i] = "{id}";
            }
        }
        return request.withRoute(String.join("/", segments));
    }

    /** A retry-safe {@code PUT} of {@code body} as JSON. */
    static PipelineRequest put(String path, Object body) {
        return new PipelineRequest("PUT", path, Map.of(), Json.write(Checks.requireNonNull(body, "request")), null, true);
    }

    /** A retry-safe {@code DELETE}. */
    static PipelineRequest delete(String path) {
        return new PipelineRequest("DELETE", path, Map.of(), null, null, true);
    }

    /** A {@code POST} of {@code body} as JSON, which the pipeline does not retry. */
    static PipelineRequest post(String path, Object body) {
        return new PipelineRequest("POST", path, Map.of(), Json.write(Checks.requireNonNull(body, "request")), null, false);
    }

    /** Sends the request and reads a 2xx answer with {@code reader}; any other status becomes a {@code GorgiasException}. */
    <T> CompletableFuture<T> call(Exchange exchange, PipelineRequest request, ResponseReader<T> reader) {
        return Futures.map(exchange.send(routed(request)), response -> {
            if (!response.isSuccessful()) {
                throw error(response, request);
            }
            return reader.read(response, request);
        });
    }

    /** Sends the request and reads a 2xx answer as {@code type}. */
    <T> CompletableFuture<T> read(Exchange exchange, PipelineRequest request, Class<T> type) {
        return call(exchange, request, (response, sent) -> Json.read(response, sent.description(), type));
    }

    /** Sends the request and ignores the body of a 2xx answer. */
    CompletableFuture<Void> discard(Exchange exchange, PipelineRequest request) {
        return call(exchange, request, (response, sent) -> null);
    }

    /** One page of {@code GET path}, each item read as {@code type}. */
    <T> CompletableFuture<ListEnvelope<T>> page(Exchange exchange, String path, Map<String, String> query, Class<T> type) {
        return call(exchange, PipelineRequest.get(path, query),
                (response, sent) -> ListEnvelope.read(response, sent.description(), type));
    }

    /**
     * Every item of {@code GET path} with {@code query}, page by page as iterated; later pages add {@code
     * cursor} to the query.
     */
    <T> PagedIterable<T> list(Exchange exchange, String path, Map<String, String> query, Class<T> type) {
        return PagedIterable.of(cursor -> {
            Map<String, String> pageQuery = new LinkedHashMap<>(query);
            pageQuery.putAll(cursorQuery(cursor));
            ListEnvelope<T> page = Futures.await(page(exchange, path, pageQuery, type));
            return new PagedIterable.Page<>(page.data(), page.nextCursor());
        });
    }

    /** Every item of {@code GET path} that matches, walking all pages (stopping on a repeated cursor). */
    <T> CompletableFuture<List<T>> findAll(Exchange exchange, String path, Class<T> type, Predicate<T> wanted) {
        return findAll(exchange, path, Map.of(), type, wanted);
    }

    /** Every item of {@code GET path} with {@code query} that matches, walking all pages like the other. */
    <T> CompletableFuture<List<T>> findAll(Exchange exchange, String path, Map<String, String> query, Class<T> type,
                                           Predicate<T> wanted) {
        return findAllFrom(exchange, path, query, type, wanted, Optional.empty(), new ArrayList<>());
    }

    private <T> CompletableFuture<List<T>> findAllFrom(Exchange exchange, String path, Map<String, String> query,
                                                       Class<T> type, Predicate<T> wanted, Optional<String> cursor,
                                                       List<T> found) {
        Map<String, String> pageQuery = new LinkedHashMap<>(query);
        pageQuery.putAll(cursorQuery(cursor));
        return Futures.flatMap(page(exchange, path, pageQuery, type), page -> {
            page.data().stream().filter(wanted).forEach(found::add);
            if (page.nextCursor().isEmpty() || page.nextCursor().equals(cursor)) {
                return CompletableFuture.completedFuture(List.copyOf(found));
            }
            return findAllFrom(exchange, path, query, type, wanted, page.nextCursor(), found);
        });
    }

    /** The time of the client's clock, for checks that compare it with the server's timestamps. */
    Instant now() {
        return options.clock().instant();
    }

    private static Map<String, String> cursorQuery(Optional<String> cursor) {
        return cursor.map(value -> Map.of("cursor", value)).orElse(Map.of());
    }

    /**
     * Sends a create and reads the 2xx answer as {@code type}. Without {@code landed} it is sent once. With
     * it, the pipeline may retry it like any retry-safe request (a 429 or a refused connection, which say
     * the create was not made, are simply retried), but after a lost answer (a transport failure, 408 or a
     * 5xx) it first asks {@code landed} for the item the lost create made, within the call's remaining
     * deadline, and returns that item instead of creating it twice.
     */
    <T> CompletableFuture<T> create(Exchange exchange, PipelineRequest post, Class<T> type,
                                    Optional<Function<Exchange, CompletableFuture<Optional<T>>>> landed) {
        PipelineRequest sent = landed.map(lookup -> retrySafe(post).withResendCheck(deadline ->
                        Futures.map(lookup.apply(exchange.within(deadline)), found -> found.map(ResourceCalls::standIn))))
                .orElse(post);
        return read(exchange, sent, type);
    }

    private static PipelineRequest retrySafe(PipelineRequest post) {
        return new PipelineRequest(post.method(), post.path(), post.query(), post.body(), null, true);
    }

    /** The answer that stands for a lost create's: the item the lookup found, as Gorgias would have returned it. */
    private static TransportResponse standIn(Object found) {
        return new TransportResponse(200, Map.of("Content-Type", List.of("application/json")), Json.write(found));
    }

    private RuntimeException error(TransportResponse response, PipelineRequest request) {
        List<Secret> secrets = new ArrayList<>(List.of(auth.secrets()));
        secrets.addAll(alsoRedacted);
        return GorgiasErrors.from(response, request.description(), options.clock().instant(),
                secrets.toArray(new Secret[0]));
    }

    /** Reads a successful response. */
    @FunctionalInterface
    interface ResponseReader<T> {
        T read(TransportResponse response, PipelineRequest request);
    }
}
