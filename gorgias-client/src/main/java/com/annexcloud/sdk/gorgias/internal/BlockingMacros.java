package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.Macros;
import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.Macro;

/**
 * The blocking {@link Macros}: each operation of {@link com.annexcloud.sdk.gorgias.MacrosAsync}, run on a blocking
 * exchange and awaited; the listings as {@link PagedIterable}s.
 */
record BlockingMacros(HttpMacros ops) implements Macros {

    @Override
    public PagedIterable<Macro> list() {
        return ops.list();
    }

    @Override
    public PagedIterable<Macro> archived() {
        return ops.archived();
    }

    @Override
    public Macro get(long id) {
        return Futures.await(ops.get(id));
    }

    @Override
    public Macro create(CreateMacro request) {
        return Futures.await(ops.create(request));
    }

    @Override
    public Macro update(long id, CreateMacro request) {
        return Futures.await(ops.update(id, request));
    }

    @Override
    public void delete(long id) {
        Futures.await(ops.delete(id));
    }
}
