package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.Customers;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.gorgias.model.UpdateCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The blocking {@link Customers}: each operation of {@link com.annexcloud.sdk.gorgias.CustomersAsync}, run on a blocking
 * exchange and awaited; listings as {@link PagedIterable}s.
 */
record BlockingCustomers(HttpCustomers ops) implements Customers {

    @Override
    public PagedIterable<Customer> list(ListCustomers params) {
        return ops.list(params);
    }

    @Override
    public Customer create(CreateCustomer request) {
        return Futures.await(ops.create(request));
    }

    @Override
    public Customer get(long id) {
        return Futures.await(ops.get(id));
    }

    @Override
    public Customer update(long id, UpdateCustomer request) {
        return Futures.await(ops.update(id, request));
    }

    @Override
    public void delete(long id) {
        Futures.await(ops.delete(id));
    }

    @Override
    public CustomerPage listPage(ListCustomers params) {
        return Futures.await(ops.listPage(params));
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return Futures.await(ops.findByEmail(email));
    }

    @Override
    public Customer setData(long id, JsonNode data) {
        return Futures.await(ops.setData(id, data));
    }

    @Override
    public Customer setData(long id, JsonNode data, OffsetDateTime version) {
        return Futures.await(ops.setData(id, data, version));
    }
}
