package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.Macro;

/**
 * Gorgias macros: {@code /api/macros}, the canned replies and actions agents apply to a ticket. Arguments are
 * checked first ({@link IllegalArgumentException} for a non-positive id, {@link NullPointerException} for a
 * missing request). Calls throw {@link GorgiasException} subtypes for error statuses (a macro an active rule
 * uses cannot be deleted: {@link GorgiasConflictException}) and sdk-core's {@code TransportException} or
 * {@code UnreadableResponseException} when no usable response came; {@link MacrosAsync} ({@code
 * client.async().macros()}) has them without blocking.
 *
 * <p>Reads, updates and deletes are retried by the client's retry policy. A create is not blindly retried:
 * see {@link #create(CreateMacro)}.
 */
public interface Macros {

    /** Every macro that is not archived, fetched page by page as the result is iterated. */
    PagedIterable<Macro> list();

    /**
     * Every archived macro ({@code GET /macros?archived=true}; Gorgias lists only the others by default), fetched
     * page by page as the result is iterated.
     */
    PagedIterable<Macro> archived();

    /** The macro with this id ({@code GET /macros/{id}}); {@link GorgiasNotFoundException} when there is none. */
    Macro get(long id);

    /**
     * Creates a macro ({@code POST /macros}). With an {@link CreateMacro#externalId()} it is retried like an
     * integration's create: after a lost answer the client first looks for a macro with that external id and
     * returns it instead of creating a second one (archived
     * ones included). Without one it is sent once.
     */
    Macro create(CreateMacro request);

    /**
     * Changes the macro to {@code request} ({@code PUT /macros/{id}}) and returns it: every field the request
     * sets is sent, and its actions replace the macro's as a whole.
     */
    Macro update(long id, CreateMacro request);

    /** Deletes the macro ({@code DELETE /macros/{id}}). */
    void delete(long id);
}
