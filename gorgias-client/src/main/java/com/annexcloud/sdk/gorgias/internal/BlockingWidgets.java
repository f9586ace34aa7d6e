package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.Widgets;
import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.Widget;

/**
 * The blocking {@link Widgets}: each operation of {@link com.annexcloud.sdk.gorgias.WidgetsAsync}, run on a blocking
 * exchange and awaited; listings as {@link PagedIterable}s.
 */
record BlockingWidgets(HttpWidgets ops) implements Widgets {

    @Override
    public PagedIterable<Widget> list() {
        return ops.list();
    }

    @Override
    public PagedIterable<Widget> list(long integrationId) {
        return ops.list(integrationId);
    }

    @Override
    public Widget create(CreateWidget request) {
        return Futures.await(ops.create(request));
    }

    @Override
    public Widget update(long id, CreateWidget request) {
        return Futures.await(ops.update(id, request));
    }

    @Override
    public void delete(long id) {
        Futures.await(ops.delete(id));
    }
}
