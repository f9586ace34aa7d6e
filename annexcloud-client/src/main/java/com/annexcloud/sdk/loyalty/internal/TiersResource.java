package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.loyalty.Tiers;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@link Tiers} over {@code /users/{id}/tiers}. */
final class TiersResource implements Tiers {
    private static final Function<Reply, TierStatus> READ_TIER = reply -> reply.as(reply.unwrapData(), TierStatus.class);

    private final AnnexCloudCalls calls;

    TiersResource(AnnexCloudCalls calls) {
        this.calls = calls;
    }

    @Override
    public TierStatus get(String memberId) {
        return calls.send(request(memberId), READ_TIER);
    }

    @Override
    public CompletableFuture<TierStatus> getAsync(String memberId) {
        return calls.sendAsync(request(memberId), READ_TIER);
    }

    private static PipelineRequest request(String memberId) {
        return AnnexCloudCalls.get(AnnexCloudCalls.path("users", memberId, "/tiers"), memberId, Map.of());
    }
}
