package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.Integration;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Integrations} without blocking, reached through {@code GorgiasClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Integrations} documents.
 */
public interface IntegrationsAsync {

    /** {@link Integrations#get(long)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Integration> get(long id);

    /** {@link Integrations#create(CreateIntegration)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Integration> create(CreateIntegration request);

    /** {@link Integrations#update(long, CreateIntegration)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Integration> update(long id, CreateIntegration request);

    /** {@link Integrations#delete(long)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Void> delete(long id);
}
