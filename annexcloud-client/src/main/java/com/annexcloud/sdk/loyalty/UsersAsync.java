package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.UpdateUser;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Users} without blocking, reached through {@code AnnexCloudClient.async()}: the same operations on the same
 * pipeline, rate limit and credentials, each returning a future that never blocks a thread and completes
 * exceptionally with the exceptions {@link Users} documents.
 */
public interface UsersAsync {

    /** {@link Users#get(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<AnnexUser> get(String id);

    /** {@link Users#create(CreateUser)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<AnnexUser> create(CreateUser request);

    /** {@link Users#update(String, UpdateUser)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<AnnexUser> update(String id, UpdateUser request);

    /** {@link Users#optIn(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<AnnexUser> optIn(String id);

    /** {@link Users#optOut(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<AnnexUser> optOut(String id);
}
