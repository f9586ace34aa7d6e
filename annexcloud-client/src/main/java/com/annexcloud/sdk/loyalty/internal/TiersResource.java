package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.loyalty.TiersAsync;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@link TiersAsync} over {@code /users/{id}/tiers}. */
final class TiersResource implements TiersAsync {
    private static final Function<Reply, TierStatus> READ_TIER = reply -> reply.as(reply.unwrapData(), TierStatus.class);

    private final AnnexCloudCalls calls;
    private final Exchange exchange;

    TiersResource(AnnexCloudCalls calls, Exchange exchange) {
        this.calls = calls;
        this.exchange = exchange;
    }

    @Override
    public CompletableFuture<TierStatus> get(String memberId) {
        return calls.call(exchange, request(memberId), READ_TIER);
    }

    private static PipelineRequest request(String memberId) {
        return AnnexCloudCalls.get(AnnexCloudCalls.path("users", memberId, "/tiers"), memberId, Map.of());
    }
}
