package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.Widget;

/**
 * Gorgias sidebar widgets: {@code /api/widgets}. Arguments are checked first ({@link
 * IllegalArgumentException} for a non-positive id, {@link NullPointerException} for a missing request).
 * Calls throw {@link GorgiasException} subtypes for error statuses and sdk-core's {@code
 * TransportException} or {@code UnreadableResponseException} when no usable response came; {@link
 * WidgetsAsync} ({@code client.async().widgets()}) has them without blocking.
 *
 * <p>Updates and deletes are retried by the client's retry policy. A create is sent once: a widget has
 * no natural key to tell whether a lost create landed, so after a failure list the widgets before
 * creating again.
 */
public interface Widgets {

    /**
     * Every widget of the account, fetched page by page as the result is iterated. Gorgias documents this
     * listing as a bare JSON array, which holds one page (30 widgets by default): to find the widgets of
     * one integration, use {@link #list(long)}.
     */
    PagedIterable<Widget> list();

    /**
     * The widgets showing the data of one integration ({@code GET /widgets?integration_id=…}, a filter
     * the reference documents), fetched as iterated. A Gorgias that ignored the filter would list other
     * widgets too: check {@link Widget#integrationId()} when it matters.
     */
    PagedIterable<Widget> list(long integrationId);

    /** Creates a widget ({@code POST /widgets}); sent once, never retried. */
    Widget create(CreateWidget request);

    /** Replaces the widget with {@code request} ({@code PUT /widgets/{id}}) and returns it. */
    Widget update(long id, CreateWidget request);

    /** Deletes the widget ({@code DELETE /widgets/{id}}). */
    void delete(long id);
}
