package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.Integrations;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.Integration;

/**
 * The blocking {@link Integrations}: each operation of {@link com.annexcloud.sdk.gorgias.IntegrationsAsync}, run on a blocking
 * exchange and awaited; listings as {@link PagedIterable}s.
 */
record BlockingIntegrations(HttpIntegrations ops) implements Integrations {

    @Override
    public PagedIterable<Integration> list() {
        return ops.list();
    }

    @Override
    public Integration get(long id) {
        return Futures.await(ops.get(id));
    }

    @Override
    public Integration create(CreateIntegration request) {
        return Futures.await(ops.create(request));
    }

    @Override
    public Integration update(long id, CreateIntegration request) {
        return Futures.await(ops.update(id, request));
    }

    @Override
    public void delete(long id) {
        Futures.await(ops.delete(id));
    }
}
