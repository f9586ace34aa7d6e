package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Activity} without blocking, reached through {@code AnnexCloudClient.async()}. The lazy listing
 * of every page stays on the blocking view ({@link Activity#list(String)}), since it fetches as it is
 * iterated.
 */
public interface ActivityAsync {

    /** {@link Activity#recent(String)} without blocking; the future fails with the same exceptions. */
    CompletableFuture<List<ActivityEntry>> recent(String memberId);
}
