package com.annexcloud.sdk.gorgias.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of a customer listing and the cursors around it. */
@Value.Immutable
public abstract class CustomerPage {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link CustomerPage}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableCustomerPage.Builder {
    }

    /** The customers on this page, in the listing's order. */
    public abstract List<Customer> data();

    /** The cursor of the next page; absent on the last page. */
    public abstract Optional<String> nextCursor();

    /** The cursor of the previous page; absent on the first page. */
    public abstract Optional<String> prevCursor();
}
