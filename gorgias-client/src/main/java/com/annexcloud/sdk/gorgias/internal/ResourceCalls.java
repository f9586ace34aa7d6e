package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PathSegments;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.RetryAfter;
import com.annexcloud.sdk.gorgias.PagedIterable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every Gorgias resource does the same way: send through an {@link Exchange}, turn error statuses
 * into {@code GorgiasException}s, read items and list envelopes, walk cursor pages, and create without
 * blind retries. Each operation is written once against an {@link Exchange} and serves both the plain
 * method ({@link #blocking}) and its {@code …Async} twin ({@link #async}).
 */
final class ResourceCalls {
    private static final Logger LOG = LoggerFactory.getLogger(ResourceCalls.class);

    /** Runs on the calling thread. */
    final Exchange blocking;
    /** Never blocks. */
    final Exchange async;
    private final ClientOptions options;
    private final GorgiasAuth auth;
    private final List<Secret> alsoRedacted;

    ResourceCalls(HttpPipeline pipeline, GorgiasAuth auth) {
        this(pipeline.options(), auth, List.of(), Exchange.reauthorizing(Exchange.blocking(pipeline), auth),
                Exchange.reauthorizing(Exchange.async(pipeline), auth));
    }

    private ResourceCalls(ClientOptions options, GorgiasAuth auth, List<Secret> alsoRedacted, Exchange blocking,
                          Exchange async) {
        this.options = options;
        this.auth = auth;
        this.alsoRedacted = alsoRedacted;
        this.blocking = blocking;
        this.async = async;
    }

    /**
     * These calls, with {@code secrets} (values a request carries, such as an integration's header values
     * or HMAC secret) also kept out of error messages, in case Gorgias echoes them.
     */
    ResourceCalls redacting(List<Secret> secrets) {
        List<Secret> all = new ArrayList<>(alsoRedacted);
        all.addAll(secrets);
        return new ResourceCalls(options, auth, List.copyOf(all), blocking, async);
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
        return exchange.send(request).thenApply(response -> {
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
    <T> PagedIterable<T> list(String path, Map<String, String> query, Class<T> type) {
        return PagedIterable.of(cursor -> {
            Map<String, String> pageQuery = new LinkedHashMap<>(query);
            pageQuery.putAll(cursorQuery(cursor));
            ListEnvelope<T> page = Exchange.await(page(blocking, path, pageQuery, type));
            return new PagedIterable.Page<>(page.data(), page.nextCursor());
        });
    }

    /** The first item of {@code GET path} that matches, walking the pages (stopping on a repeated cursor). */
    <T> CompletableFuture<Optional<T>> findFirst(Exchange exchange, String path, Class<T> type, Predicate<T> wanted) {
        return findFrom(exchange, path, type, wanted, Optional.empty());
    }

    private <T> CompletableFuture<Optional<T>> findFrom(Exchange exchange, String path, Class<T> type,
                                                        Predicate<T> wanted, Optional<String> cursor) {
        return page(exchange, path, cursorQuery(cursor), type).thenCompose(page -> {
            Optional<T> found = page.data().stream().filter(wanted).findFirst();
            if (found.isPresent() || page.nextCursor().isEmpty() || page.nextCursor().equals(cursor)) {
                return CompletableFuture.completedFuture(found);
            }
            return findFrom(exchange, path, type, wanted, page.nextCursor());
        });
    }

    private static Map<String, String> cursorQuery(Optional<String> cursor) {
        return cursor.map(value -> Map.of("cursor", value)).orElse(Map.of());
    }

    /**
     * Sends a create and reads the 2xx answer as {@code type}. After a failure without a usable answer (a
     * transport failure, or a retryable status whose {@code Retry-After} is within the policy's cap), and
     * only when {@code landed} is given, it waits, returns what {@code landed} finds (the item the lost
     * create made), and otherwise sends the create again, up to the retry policy's {@code maxAttempts}.
     */
    <T> CompletableFuture<T> create(Exchange exchange, PipelineRequest post, Class<T> type,
                                    Optional<Supplier<CompletableFuture<Optional<T>>>> landed) {
        return createAttempt(exchange, post, type, landed, 1);
    }

    private <T> CompletableFuture<T> createAttempt(Exchange exchange, PipelineRequest post, Class<T> type,
                                                   Optional<Supplier<CompletableFuture<Optional<T>>>> landed,
                                                   int attempt) {
        return exchange.send(post).handle((response, failure) -> {
            Throwable cause = Exchange.unwrap(failure);
            if (cause == null && response.isSuccessful()) {
                return CompletableFuture.completedFuture(Json.read(response, post.description(), type));
            }
            Duration wait = landed.isPresent() && attempt < options.retryPolicy().maxAttempts()
                    ? createRetryWait(response, cause, attempt) : null;
            if (wait == null) {
                return CompletableFuture.<T>failedFuture(cause != null ? cause : error(response, post));
            }
            LOG.debug("POST {} attempt {} failed ({}); checking whether it landed", post.path(), attempt,
                    cause != null ? cause.getClass().getSimpleName() : "HTTP " + response.status());
            return exchange.pause(wait)
                    .thenCompose(ignored -> landed.get().get())
                    .thenCompose(found -> found.isPresent() ? CompletableFuture.completedFuture(found.get())
                            : createAttempt(exchange, post, type, landed, attempt + 1));
        }).thenCompose(Function.identity());
    }

    /** The wait before checking a failed create, or null when the failure is final. */
    private Duration createRetryWait(TransportResponse response, Throwable cause, int attempt) {
        RetryPolicy policy = options.retryPolicy();
        if (cause != null) {
            return cause instanceof TransportException ? policy.backoffAfter(attempt) : null;
        }
        if (!policy.retryableStatuses().contains(response.status())) {
            return null;
        }
        Optional<Duration> retryAfter = response.header("Retry-After")
                .flatMap(value -> RetryAfter.parse(value, options.clock().instant()));
        if (retryAfter.isEmpty()) {
            return policy.backoffAfter(attempt);
        }
        return retryAfter.get().compareTo(policy.maxRetryAfter()) > 0 ? null : retryAfter.get();
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
