package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.gorgias.model.UpdateCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Gorgias customers: {@code /api/customers}. Every call validates its arguments first and throws
 * {@link IllegalArgumentException} naming the field (ids must be positive). Calls throw {@link
 * GorgiasException} subtypes for error statuses and sdk-core's {@code TransportException} or {@code
 * UnreadableResponseException} when no usable response came. The same operations without blocking are on
 * {@link CustomersAsync} ({@code client.async().customers()}).
 *
 * <p>Reads, updates, deletes and {@code setData} are retried by the client's retry policy. A create is
 * not blindly retried: see {@link #create(CreateCustomer)}. A call naming a customer that was merged into
 * another throws {@link GorgiasCustomerMergedException} (Gorgias answers 301).
 */
public interface Customers {

    /**
     * Creates a customer ({@code POST /customers}).
     *
     * <p>With an email the create is retried by the retry policy: a 429 or a refused connection (nothing
     * was created) is simply sent again; after a lost answer (a transport failure after connecting, a
     * time-out, 408 or a 5xx) the client waits the back-off, looks the email up with {@link
     * #findByEmail(String)} and returns the customer found, so a create that landed although its response
     * was lost is not made twice; when none is found it sends the create again, up to the retry policy's
     * {@code maxAttempts} in all. The overall deadline bounds all of it, lookups, the data write that follows
     * a create whose answer lacks the data, and a resend after an OAuth token renewal included. When the
     * lookup cannot be made, the call ends with {@link com.annexcloud.sdk.core.OutcomeUnknownException}.
     * Without an email the first failure is thrown. A customer that already had the email before the call
     * is returned as well. The lookup cannot see a create still being processed when its answer timed out:
     * a duplicate then remains possible.
     */
    Customer create(CreateCustomer request);

    /** The customer with this id ({@code GET /customers/{id}}); {@link GorgiasNotFoundException} when there is none. */
    Customer get(long id);

    /** Changes the fields set in {@code request} ({@code PUT /customers/{id}}) and returns the updated customer. */
    Customer update(long id, UpdateCustomer request);

    /** Deletes the customer ({@code DELETE /customers/{id}}). */
    void delete(long id);

    /**
     * Every customer matching {@code params}, fetched page by page as the result is iterated (nothing is
     * requested before). Starts at {@code params.cursor()} when set.
     */
    PagedIterable<Customer> list(ListCustomers params);

    /** One page of customers ({@code GET /customers} with the query of {@code params}). */
    CustomerPage listPage(ListCustomers params);

    /**
     * The customer whose email is {@code email} (compared without regard to case), found with the
     * {@code email} filter of {@code GET /customers}; empty when there is none. When several match, the
     * first Gorgias lists.
     */
    Optional<Customer> findByEmail(String email);

    /**
     * Replaces the customer's data ({@code PUT /customers/{id}/data} with {@code {"data": …}}).
     *
     * <p>Gorgias documents {@code 202 Accepted} with an empty body: the result is then a customer holding
     * only this id and the data sent. When Gorgias answers with the customer (an object with an {@code id}),
     * that customer is returned; an object with only a {@code data} gives this id and that data. Call
     * {@link #get(long)} for the other fields.
     *
     * <p>A customer merged into another answers {@code 301}: this throws {@link
     * GorgiasCustomerMergedException} naming the surviving customer, and writes nothing there, because data
     * built from the merged customer would replace the survivor's own. Read the survivor and write again.
     */
    Customer setData(long id, JsonNode data);

    /**
     * Like {@link #setData(long, JsonNode)} with a {@code version}: Gorgias ignores the call when the data
     * it holds has a newer version, so out-of-order writers cannot overwrite newer data. The version is
     * sent as {@code 2026-01-01T00:00:00.000000+00:00}.
     */
    Customer setData(long id, JsonNode data, OffsetDateTime version);
}
