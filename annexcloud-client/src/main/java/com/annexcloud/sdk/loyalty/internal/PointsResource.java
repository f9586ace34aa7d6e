package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.loyalty.AnnexCloudErrorCode;
import com.annexcloud.sdk.loyalty.PointsAsync;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.DeductPoints;
import com.annexcloud.sdk.loyalty.model.GivePoints;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.PointsRequest;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.loyalty.model.RedeemPoints;
import com.annexcloud.sdk.loyalty.model.RedeemReward;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link PointsAsync} over {@code /points}, through one exchange. A points change is retry-safe only when the
 * server can deduplicate it (the request's idempotency key, or a debit's
 * order id); such a request answered with AC1010 was already applied, and before it is sent again
 * after a lost answer the member's activity is searched for it.
 */
final class PointsResource implements PointsAsync {
    private static final PointsResult ALREADY_APPLIED = PointsResult.builder().alreadyApplied(true).build();
    private static final Function<Reply, PointsBalance> READ_BALANCE = reply -> reply.as(PointsBalance.class);

    private final AnnexCloudCalls calls;
    private final Exchange exchange;
    private final ActivityResource activity;

    PointsResource(AnnexCloudCalls calls, Exchange exchange, ActivityResource activity) {
        this.calls = calls;
        this.exchange = exchange;
        this.activity = activity;
    }

    @Override
    public CompletableFuture<PointsBalance> balance(String memberId) {
        return calls.call(exchange, balanceRequest(memberId), READ_BALANCE);
    }

    @Override
    public CompletableFuture<PointsResult> give(GivePoints request) {
        return post(request);
    }

    @Override
    public CompletableFuture<PointsResult> award(AwardPoints request) {
        return post(request);
    }

    @Override
    public CompletableFuture<PointsResult> deduct(DeductPoints request) {
        return post(request);
    }

    @Override
    public CompletableFuture<PointsResult> redeemReward(RedeemReward request) {
        return post(request);
    }

    @Override
    public CompletableFuture<PointsResult> redeemPoints(RedeemPoints request) {
        return post(request);
    }

    private static PipelineRequest balanceRequest(String memberId) {
        return AnnexCloudCalls.get(AnnexCloudCalls.path("points", memberId, ""), memberId, Map.of());
    }

    /**
     * The write; when it may be retried, a lost answer is first looked for in the member's activity
     * ({@link PointsActivityCheck}, through the same exchange), so that a server not deduplicating {@code
     * customId} never credits twice.
     */
    private CompletableFuture<PointsResult> post(PointsRequest request) {
        Checks.requireNonNull(request, "request");
        boolean deduplicated = request.idempotencyKey().isPresent() || debitWithOrder(request);
        PipelineRequest post = AnnexCloudCalls.withBody("POST", "/points", request, deduplicated);
        if (deduplicated) {
            post = post.withResendCheck(new PointsActivityCheck(activity, request.memberId(), post.body(), calls.now()));
        }
        return calls.call(exchange, post, reply -> deduplicated
                && reply.errorCode().filter(AnnexCloudErrorCode.AC1010::equals).isPresent()
                ? ALREADY_APPLIED
                : reply.as(PointsResult.class));
    }

    /** Whether the server rejects a repeat of this debit by its order id (AC1010). */
    private static boolean debitWithOrder(PointsRequest request) {
        return PointsRequest.DEBIT.equals(request.activity()) && request.orderId().isPresent();
    }
}
