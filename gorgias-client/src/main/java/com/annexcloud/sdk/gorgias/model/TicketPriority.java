package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.core.OpenValue;
import com.annexcloud.sdk.core.internal.Checks;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A ticket's priority: {@link #CRITICAL}, {@link #HIGH}, {@link #NORMAL} (a new ticket's) or {@link #LOW}
 * (docs/vendor-facts-agent-workflow.md); any other value Gorgias sends is kept as it came.
 */
public final class TicketPriority extends OpenValue {
    /** {@code critical}. */
    public static final TicketPriority CRITICAL = new TicketPriority("critical");
    /** {@code high}. */
    public static final TicketPriority HIGH = new TicketPriority("high");
    /** {@code normal}, the priority Gorgias gives a new ticket. */
    public static final TicketPriority NORMAL = new TicketPriority("normal");
    /** {@code low}. */
    public static final TicketPriority LOW = new TicketPriority("low");

    private TicketPriority(String value) {
        super(value);
    }

    /**
     * The priority for a value, known or not; known values are matched without regard to case.
     *
     * @throws IllegalArgumentException when the value is blank
     */
    public static TicketPriority of(String value) {
        String text = Checks.requireNonBlank(value, "priority").strip();
        for (TicketPriority known : new TicketPriority[] {CRITICAL, HIGH, NORMAL, LOW}) {
            if (known.value().equalsIgnoreCase(text)) {
                return known;
            }
        }
        return new TicketPriority(text);
    }

    /** Reads a JSON value; blank is absent. */
    @JsonCreator
    static TicketPriority fromJson(String value) {
        return value == null || value.isBlank() ? null : of(value);
    }
}
