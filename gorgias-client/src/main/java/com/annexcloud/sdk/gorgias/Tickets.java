package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.gorgias.model.Tag;
import com.annexcloud.sdk.gorgias.model.Ticket;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import java.util.List;

/**
 * Gorgias tickets: {@code /api/tickets/{id}} and its tags. Arguments are checked first ({@link
 * IllegalArgumentException} for a non-positive id or a bad tag name, {@link NullPointerException} for a
 * missing argument). Calls throw {@link GorgiasException} subtypes for error statuses ({@link
 * GorgiasNotFoundException} for an unknown ticket) and sdk-core's {@code TransportException} or {@code
 * UnreadableResponseException} when no usable response came; {@link TicketsAsync} ({@code
 * client.async().tickets()}) has them without blocking.
 *
 * <p>Every call here is retried by the client's retry policy: adding a tag the ticket holds already changes
 * nothing, and a priority is set, not stepped. Nothing here removes or replaces a ticket's tags ({@code PUT
 * /api/tickets/{id}} with {@code tags} would replace them all, so it is never sent).
 */
public interface Tickets {

    /** The ticket ({@code GET /api/tickets/{id}}). */
    Ticket get(long id);

    /** The ticket's tags ({@code GET /api/tickets/{id}/tags}, a bare JSON array; a list envelope is read too). */
    List<Tag> tags(long id);

    /**
     * Adds tags to the ticket by name, keeping the others ({@code POST /api/tickets/{id}/tags} with {@code
     * {"names": […]}}, answered 201 with no body). Gorgias creates a tag named for the first time.
     *
     * @throws IllegalArgumentException when {@code names} is empty or a name is blank or over 256 characters
     */
    void addTags(long id, List<String> names);

    /** Sets the ticket's priority ({@code PUT /api/tickets/{id}} with {@code {"priority": …}}, a partial update). */
    Ticket setPriority(long id, TicketPriority priority);
}
