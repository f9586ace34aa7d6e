package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.Emails;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The query of {@code GET /api/customers}: page size, order, filters and the cursor to start from.
 * Unset values are not sent (Gorgias then returns 30 customers per page).
 */
@Value.Immutable
public abstract class ListCustomers {
    /** The largest page size Gorgias allows. */
    public static final int MAX_LIMIT = 100;

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link ListCustomers}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableListCustomers.Builder {
    }

    /** Every customer, in Gorgias's default order and page size. */
    public static ListCustomers defaults() {
        return builder().build();
    }

    /** Customers per page, 1 to 100. */
    public abstract Optional<Integer> limit();

    /** The order, sent as {@code order_by}. */
    public abstract Optional<CustomerOrder> orderBy();

    /** Only customers with this email address. */
    public abstract Optional<String> email();

    /** Only customers with this id in your own system, sent as {@code external_id}. */
    public abstract Optional<String> externalId();

    /**
     * The cursor of the page to fetch (from {@link CustomerPage#nextCursor()}); cursors are short-lived,
     * do not store them.
     */
    public abstract Optional<String> cursor();

    /** Rejects a limit outside 1 to 100 and a malformed email. */
    @Value.Check
    protected void check() {
        limit().ifPresent(limit -> {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
            }
        });
        email().ifPresent(email -> Emails.requireValid(email, "email"));
    }
}
