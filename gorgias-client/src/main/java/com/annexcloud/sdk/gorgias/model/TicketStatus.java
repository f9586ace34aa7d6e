package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.core.OpenValue;
import com.annexcloud.sdk.core.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;

/** A ticket's status: {@link #OPEN} or {@link #CLOSED} (Gorgias's reference); any other value is kept as it came. */
public final class TicketStatus extends OpenValue {
    /** {@code open}. */
    public static final TicketStatus OPEN = new TicketStatus("open");
    /** {@code closed}. */
    public static final TicketStatus CLOSED = new TicketStatus("closed");

    private TicketStatus(String value) {
        super(value);
    }

    /**
     * The status for a value, known or not ({@code TicketStatus.of("snoozed").value()} is {@code "snoozed"}); known
     * values are matched without regard to case.
     *
     * @throws IllegalArgumentException when the value is blank
     */
    public static TicketStatus of(String value) {
        String text = Checks.requireNonBlank(value, "status").strip();
        return OPEN.value().equalsIgnoreCase(text) ? OPEN : CLOSED.value().equalsIgnoreCase(text) ? CLOSED : new TicketStatus(text);
    }

    /** Reads a JSON value; blank is absent. */
    @JsonCreator
    static TicketStatus fromJson(String value) {
        return value == null || value.isBlank() ? null : of(value);
    }
}
