package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.gorgias.Customers;
import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.ImmutableCustomer;
import com.annexcloud.sdk.gorgias.model.ImmutableListCustomers;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.gorgias.model.UpdateCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@link Customers} over the HTTP pipeline; each operation is written once for both its sync and async forms. */
final class HttpCustomers implements Customers {
    private static final String CUSTOMERS = "/customers";

    private final ResourceCalls calls;
    private final Exchange blocking;
    private final Exchange async;

    HttpCustomers(ResourceCalls calls) {
        this.calls = calls;
        this.blocking = calls.blocking;
        this.async = calls.async;
    }

    @Override
    public Customer create(CreateCustomer request) {
        return Futures.await(create(blocking, request));
    }

    @Override
    public CompletableFuture<Customer> createAsync(CreateCustomer request) {
        return create(async, request);
    }

    @Override
    public Customer get(long id) {
        return Futures.await(get(blocking, id));
    }

    @Override
    public CompletableFuture<Customer> getAsync(long id) {
        return get(async, id);
    }

    @Override
    public Customer update(long id, UpdateCustomer request) {
        return Futures.await(update(blocking, id, request));
    }

    @Override
    public CompletableFuture<Customer> updateAsync(long id, UpdateCustomer request) {
        return update(async, id, request);
    }

    @Override
    public void delete(long id) {
        Futures.await(delete(blocking, id));
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
        return Futures.await(listPage(blocking, params));
    }

    @Override
    public CompletableFuture<CustomerPage> listPageAsync(ListCustomers params) {
        return listPage(async, params);
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return Futures.await(findByEmail(blocking, email));
    }

    @Override
    public CompletableFuture<Optional<Customer>> findByEmailAsync(String email) {
        return findByEmail(async, email);
    }

    @Override
    public Customer setData(long id, JsonNode data) {
        return Futures.await(setData(blocking, id, data, null));
    }

    @Override
    public CompletableFuture<Customer> setDataAsync(long id, JsonNode data) {
        return setData(async, id, data, null);
    }

    @Override
    public Customer setData(long id, JsonNode data, OffsetDateTime version) {
        return Futures.await(setData(blocking, id, data, Objects.requireNonNull(version, "version")));
    }

    @Override
    public CompletableFuture<Customer> setDataAsync(long id, JsonNode data, OffsetDateTime version) {
        return setData(async, id, data, Objects.requireNonNull(version, "version"));
    }

    private CompletableFuture<Customer> get(Exchange exchange, long id) {
        return calls.read(exchange, PipelineRequest.get(customerPath(id), Map.of()), Customer.class);
    }

    private CompletableFuture<Customer> update(Exchange exchange, long id, UpdateCustomer update) {
        return calls.read(exchange, ResourceCalls.put(customerPath(id), update), Customer.class);
    }

    private CompletableFuture<Void> delete(Exchange exchange, long id) {
        return calls.discard(exchange, ResourceCalls.delete(customerPath(id)));
    }

    private CompletableFuture<CustomerPage> listPage(Exchange exchange, ListCustomers params) {
        Objects.requireNonNull(params, "params");
        return calls.call(exchange, PipelineRequest.get(CUSTOMERS, query(params)),
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
        return calls.call(exchange, ResourceCalls.put(customerPath(id) + "/data", body),
                (response, request) -> CustomerJson.afterSetData(response, request.description(), id, data));
    }

    /**
     * A create; with an email, an attempt whose answer was lost is checked with {@code findByEmail} before it
     * is sent again (by the pipeline, within the call's deadline).
     * With data, an answer that does not carry it (a server that ignores {@code data} on create, or a
     * customer that existed already) is followed by a data write, so the data always lands, merged into
     * what that customer held.
     */
    private CompletableFuture<Customer> create(Exchange exchange, CreateCustomer create) {
        Objects.requireNonNull(create, "request");
        CompletableFuture<Customer> created = calls.create(exchange, ResourceCalls.post(CUSTOMERS, create),
                Customer.class, create.email().map(email -> lookup -> findByEmail(lookup, email)));
        if (create.data().isEmpty()) {
            return created;
        }
        JsonNode data = create.data().get();
        return created.thenCompose(customer -> {
            if (CustomerJson.carries(customer, data)) {
                return CompletableFuture.completedFuture(customer);
            }
            JsonNode merged = overlay(customer.data(), data);
            return setData(exchange, customer.id(), merged, null)
                    .thenApply(written -> ImmutableCustomer.copyOf(customer).withData(merged));
        });
    }

    /**
     * The data to write on a customer that did not take the create's: when the answer is a customer that
     * existed already, its own keys are kept and the create's keys put over them (set-data replaces the
     * whole object), so nothing another app stored there is wiped.
     */
    private static JsonNode overlay(Optional<JsonNode> existing, JsonNode data) {
        if (!data.isObject() || existing.filter(JsonNode::isObject).isEmpty()) {
            return data;
        }
        ObjectNode merged = existing.get().deepCopy();
        merged.setAll((ObjectNode) data);
        return merged;
    }

    private static String customerPath(long id) {
        return ResourceCalls.itemPath(CUSTOMERS, id);
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
}
