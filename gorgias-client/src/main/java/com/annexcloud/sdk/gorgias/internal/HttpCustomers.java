package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.gorgias.CustomersAsync;
import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
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

/** {@link CustomersAsync} over the HTTP pipeline, through one exchange (blocking or not). */
final class HttpCustomers implements CustomersAsync {
    private static final String CUSTOMERS = "/customers";

    private final ResourceCalls calls;
    private final Exchange exchange;

    HttpCustomers(ResourceCalls calls, Exchange exchange) {
        this.calls = calls;
        this.exchange = exchange;
    }

    @Override
    public CompletableFuture<Customer> create(CreateCustomer request) {
        return create(exchange, request);
    }

    @Override
    public CompletableFuture<Customer> get(long id) {
        return calls.read(exchange, PipelineRequest.get(customerPath(id), Map.of()), Customer.class);
    }

    @Override
    public CompletableFuture<Customer> update(long id, UpdateCustomer request) {
        return calls.read(exchange, ResourceCalls.put(customerPath(id), request), Customer.class);
    }

    @Override
    public CompletableFuture<Void> delete(long id) {
        return calls.discard(exchange, ResourceCalls.delete(customerPath(id)));
    }

    /** Every customer matching {@code params}, page by page as iterated (each page awaited). */
    PagedIterable<Customer> list(ListCustomers params) {
        Objects.requireNonNull(params, "params");
        return PagedIterable.of(cursor -> {
            CustomerPage page = Futures.await(listPage(exchange,
                    cursor.map(next -> ListCustomers.builder().from(params).cursor(next).build()).orElse(params)));
            return new PagedIterable.Page<>(page.data(), page.nextCursor());
        });
    }

    @Override
    public CompletableFuture<CustomerPage> listPage(ListCustomers params) {
        return listPage(exchange, params);
    }

    @Override
    public CompletableFuture<Optional<Customer>> findByEmail(String email) {
        return findByEmail(exchange, email);
    }

    @Override
    public CompletableFuture<Customer> setData(long id, JsonNode data) {
        return setData(exchange, id, data, null);
    }

    @Override
    public CompletableFuture<Customer> setData(long id, JsonNode data, OffsetDateTime version) {
        return setData(exchange, id, data, Objects.requireNonNull(version, "version"));
    }

    private CompletableFuture<CustomerPage> listPage(Exchange exchange, ListCustomers params) {
        Objects.requireNonNull(params, "params");
        return calls.call(exchange, PipelineRequest.get(CUSTOMERS, query(params)),
                (response, request) -> CustomerJson.page(response, request.description()));
    }

    private CompletableFuture<Optional<Customer>> findByEmail(Exchange exchange, String email) {
        Emails.requireValid(email, "email");
        return Futures.map(listPage(exchange, ListCustomers.builder().email(email).build()),
                page -> page.data().stream()
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
     * what that customer held. The create's deadline, taken once, bounds all of it.
     */
    private CompletableFuture<Customer> create(Exchange view, CreateCustomer create) {
        Objects.requireNonNull(create, "request");
        Exchange exchange = view.within(view.deadline());
        CompletableFuture<Customer> created = calls.create(exchange, ResourceCalls.post(CUSTOMERS, create),
                Customer.class, create.email().map(email -> lookup -> findByEmail(lookup, email)));
        if (create.data().isEmpty()) {
            return created;
        }
        JsonNode data = create.data().get();
        return Futures.flatMap(created, customer -> {
            if (CustomerJson.carries(customer, data)) {
                return CompletableFuture.completedFuture(customer);
            }
            JsonNode merged = overlay(customer.data(), data);
            return Futures.map(setData(exchange, customer.id(), merged, null),
                    written -> Customer.builder().from(customer).data(merged).build());
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
