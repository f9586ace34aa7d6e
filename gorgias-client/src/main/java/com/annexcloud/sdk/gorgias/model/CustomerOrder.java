package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.core.OpenValue;
import com.annexcloud.sdk.core.internal.Checks;

/**
 * The order of a customer listing, as Gorgias's {@code order_by} value: an open set with the
 * documented values as constants ({@link #CREATED_ASC} is {@code created_datetime:asc}); {@link #of}
 * accepts any other value Gorgias may add.
 */
public final class CustomerOrder extends OpenValue {
    /** Oldest created first: {@code created_datetime:asc}. */
    public static final CustomerOrder CREATED_ASC = new CustomerOrder("created_datetime:asc");
    /** Newest created first: {@code created_datetime:desc}. */
    public static final CustomerOrder CREATED_DESC = new CustomerOrder("created_datetime:desc");
    /** Least recently updated first: {@code updated_datetime:asc}. */
    public static final CustomerOrder UPDATED_ASC = new CustomerOrder("updated_datetime:asc");
    /** Most recently updated first: {@code updated_datetime:desc}. */
    public static final CustomerOrder UPDATED_DESC = new CustomerOrder("updated_datetime:desc");

    private CustomerOrder(String value) {
        super(value);
    }

    /** The order with the given {@code order_by} value, such as {@code "name:asc"}. */
    public static CustomerOrder of(String value) {
        return new CustomerOrder(Checks.requireNonBlank(value, "orderBy").trim());
    }
}
