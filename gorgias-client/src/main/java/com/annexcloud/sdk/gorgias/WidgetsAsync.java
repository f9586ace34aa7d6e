package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.Widget;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Widgets} without blocking, reached through {@code GorgiasClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Widgets} documents.
 */
public interface WidgetsAsync {

    /** {@link Widgets#create(CreateWidget)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Widget> create(CreateWidget request);

    /** {@link Widgets#update(long, CreateWidget)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Widget> update(long id, CreateWidget request);

    /** {@link Widgets#delete(long)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Void> delete(long id);
}
