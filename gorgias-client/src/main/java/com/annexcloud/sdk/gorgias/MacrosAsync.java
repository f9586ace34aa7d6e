package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.Macro;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Macros} without blocking, reached through {@code GorgiasClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Macros} documents.
 */
public interface MacrosAsync {

    /** {@link Macros#get(long)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Macro> get(long id);

    /** {@link Macros#create(CreateMacro)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Macro> create(CreateMacro request);

    /** {@link Macros#update(long, CreateMacro)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Macro> update(long id, CreateMacro request);

    /** {@link Macros#delete(long)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<Void> delete(long id);
}
