package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.gorgias.model.UpdateCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Customers} without blocking, reached through {@code GorgiasClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Customers} documents.
 */
public interface CustomersAsync {

    /** {@link Customers#create(CreateCustomer)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Customer> create(CreateCustomer request);

    /** {@link Customers#get(long)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Customer> get(long id);

    /** {@link Customers#update(long, UpdateCustomer)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Customer> update(long id, UpdateCustomer request);

    /** {@link Customers#delete(long)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Void> delete(long id);

    /** {@link Customers#listPage(ListCustomers)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<CustomerPage> listPage(ListCustomers params);

    /** {@link Customers#findByEmail(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Optional<Customer>> findByEmail(String email);

    /** {@link Customers#setData(long, JsonNode)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Customer> setData(long id, JsonNode data);

    /** {@link Customers#setData(long, JsonNode, OffsetDateTime)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Customer> setData(long id, JsonNode data, OffsetDateTime version);
}
