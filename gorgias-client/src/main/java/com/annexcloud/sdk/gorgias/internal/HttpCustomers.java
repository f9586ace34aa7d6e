package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PathSegments;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.RetryAfter;
import com.annexcloud.sdk.gorgias.Customers;
import com.annexcloud.sdk.gorgias.PagedIterable;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.ImmutableListCustomers;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.gorgias.model.UpdateCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Customers} over the HTTP pipeline; each operation is written once for both its sync and async forms. */
final class HttpCustomers implements Customers {
    private static final Logger LOG = LoggerFactory.getLogger(HttpCustomers.class);
    private static final String CUSTOMERS = "/customers";

    private final ClientOptions options;
    private final Exchange blocking;
    private final Exchange async;

    HttpCustomers(HttpPipeline pipeline) {
        this.options = pipeline.options();
        this.blocking = Exchange.blocking(pipeline);
        this.async = Exchange.async(pipeline);
    }

    @Override
    public Customer create(CreateCustomer request) {
        return Exchange.await(create(blocking, request));
    }

    @Override
    public CompletableFuture<Customer> createAsync(CreateCustomer request) {
        return create(async, request);
    }

    @Override
    public Customer get(long id) {
        return Exchange.await(get(blocking, id));
    }

    @Override
    public CompletableFuture<Customer> getAsync(long id) {
        return get(async, id);
    }

    @Override
    public Customer update(long id, UpdateCustomer request) {
        return Exchange.await(update(blocking, id, request));
    }

    @Override
    public CompletableFuture<Customer> updateAsync(long id, UpdateCustomer request) {
        return update(async, id, request);
    }

    @Override
    public void delete(long id) {
        Exchange.await(delete(blocking, id));
    }

    @Override
    public CompletableFuture<Void> deleteAsync(long id) {
        return delete(async, id);
    }

    @Override
    public PagedIterable<Customer> list(ListCustomers params) {
        Objects.requireNonNull(params, "params");
        ImmutableListCustomers first = ImmutableListCustomers.copyOf(params);
        return PagedIterable.of(cursor -> {
            CustomerPage page = listPage(cursor.map(first::withCursor).orElse(first));
            return new PagedIterable.Page<>(page.data(), page.nextCursor());
        });
    }

    @Override
    public CustomerPage listPage(ListCustomers params) {
        return Exchange.await(listPage(blocking, params));
    }

    @Override
    public CompletableFuture<CustomerPage> listPageAsync(ListCustomers params) {
        return listPage(async, params);
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return Exchange.await(findByEmail(blocking, email));
    }

    @Override
    public CompletableFuture<Optional<Customer>> findByEmailAsync(String email) {
        return findByEmail(async, email);
    }

    @Override
    public Customer setData(long id, JsonNode data) {
        return Exchange.await(setData(blocking, id, data, null));
    }

    @Override
    public CompletableFuture<Customer> setDataAsync(long id, JsonNode data) {
        return setData(async, id, data, null);
    }

    @Override
    public Customer setData(long id, JsonNode data, OffsetDateTime version) {
        return Exchange.await(setData(blocking, id, data, Objects.requireNonNull(version, "version")));
    }

    @Override
    public CompletableFuture<Customer> setDataAsync(long id, JsonNode data, OffsetDateTime version) {
        return setData(async, id, data, Objects.requireNonNull(version, "version"));
    }

    private CompletableFuture<Customer> get(Exchange exchange, long id) {
        return call(exchange, PipelineRequest.get(customerPath(id), Map.of()), this::customer);
    }

    private CompletableFuture<Customer> update(Exchange exchange, long id, UpdateCustomer update) {
        Objects.requireNonNull(update, "request");
        return call(exchange, new PipelineRequest("PUT", customerPath(id), Map.of(), Json.write(update), null, true),
                this::customer);
    }

    private CompletableFuture<Void> delete(Exchange exchange, long id) {
        return call(exchange, new PipelineRequest("DELETE", customerPath(id), Map.of(), null, null, true),
                (response, request) -> null);
    }

    private CompletableFuture<CustomerPage> listPage(Exchange exchange, ListCustomers params) {
        Objects.requireNonNull(params, "params");
        return call(exchange, PipelineRequest.get(CUSTOMERS, query(params)),
                (response, request) -> CustomerJson.page(response, request.description()));
    }

    private CompletableFuture<Optional<Customer>> findByEmail(Exchange exchange, String email) {
        Emails.requireValid(email, "email");
        return listPage(exchange, ListCustomers.builder().email(email).build())
                .thenApply(page -> page.data().stream()
                        .filter(customer -> customer.email().filter(email::equalsIgnoreCase).isPresent())
                        .findFirst());
    }

    private CompletableFuture<Customer> setData(Exchange exchange, long id, JsonNode data, OffsetDateTime version) {
        Checks.requireNonNull(data, "data");
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("data", data);
        if (version != null) {
            body.put("version", GorgiasDateTimes.format(version));
        }
        PipelineRequest put = new PipelineRequest("PUT", customerPath(id) + "/data", Map.of(), Json.write(body), null, true);
        return call(exchange, put,
                (response, request) -> CustomerJson.afterSetData(response, request.description(), id, data));
    }

    private CompletableFuture<Customer> create(Exchange exchange, CreateCustomer create) {
        Objects.requireNonNull(create, "request");
        PipelineRequest post = new PipelineRequest("POST", CUSTOMERS, Map.of(), Json.write(create), null, false);
        return createAttempt(exchange, post, create.email(), 1);
    }

    /**
     * One attempt of a create. After a failure without a usable answer, and only with an email, it waits,
     * returns the customer if the earlier attempt landed, and otherwise tries again.
     */
    private CompletableFuture<Customer> createAttempt(Exchange exchange, PipelineRequest post, Optional<String> email,
                                                      int attempt) {
        return exchange.send(post).handle((response, failure) -> {
            Throwable cause = Exchange.unwrap(failure);
            if (cause == null && response.isSuccessful()) {
                return CompletableFuture.completedFuture(customer(response, post));
            }
            Duration wait = email.isPresent() && attempt < options.retryPolicy().maxAttempts()
                    ? createRetryWait(response, cause, attempt) : null;
            if (wait == null) {
                return CompletableFuture.<Customer>failedFuture(cause != null ? cause : error(response, post));
            }
            LOG.debug("POST {} attempt {} failed ({}); checking whether it landed", CUSTOMERS, attempt,
                    cause != null ? cause.getClass().getSimpleName() : "HTTP " + response.status());
            return exchange.pause(wait)
                    .thenCompose(ignored -> findByEmail(exchange, email.get()))
                    .thenCompose(found -> found.isPresent() ? CompletableFuture.completedFuture(found.get())
                            : createAttempt(exchange, post, email, attempt + 1));
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

    /** Sends the request and reads a 2xx answer with {@code reader}; any other status becomes a {@code GorgiasException}. */
    private <T> CompletableFuture<T> call(Exchange exchange, PipelineRequest request, ResponseReader<T> reader) {
        return exchange.send(request).thenApply(response -> {
            if (!response.isSuccessful()) {
                throw error(response, request);
            }
            return reader.read(response, request);
        });
    }

    private Customer customer(TransportResponse response, PipelineRequest request) {
        return Json.read(response, request.description(), Customer.class);
    }

    private RuntimeException error(TransportResponse response, PipelineRequest request) {
        return GorgiasErrors.from(response, request.description(), options.clock().instant());
    }

    private static String customerPath(long id) {
        Checks.requirePositive(id, "id");
        return CUSTOMERS + "/" + PathSegments.encode(Long.toString(id), "id");
    }

    private static Map<String, String> query(ListCustomers params) {
        Map<String, String> query = new LinkedHashMap<>();
        params.limit().ifPresent(limit -> query.put("limit", Integer.toString(limit)));
        params.orderBy().ifPresent(order -> query.put("order_by", order.value()));
        params.email().ifPresent(email -> query.put("email", email));
        params.externalId().ifPresent(externalId -> query.put("external_id", externalId));
        params.cursor().ifPresent(cursor -> query.put("cursor", cursor));
        return query;
    }

    /** Reads a successful response. */
    @FunctionalInterface
    private interface ResponseReader<T> {
        T read(TransportResponse response, PipelineRequest request);
    }
}
