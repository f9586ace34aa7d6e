package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.loyalty.AnnexCloudErrorCode;
import com.annexcloud.sdk.loyalty.Points;
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
 * {@link Points} over {@code /points}. A points change is retry-safe only when the server can deduplicate
 * it (an idempotency key, or a debit's order id); such a request answered with AC1010 was already applied,
 * and before it is sent again after a lost answer the member's activity is searched for it.
 */
final class PointsResource implements Points {
    private static final PointsResult ALREADY_APPLIED = PointsResult.builder().alreadyApplied(true).build();
    private static final Function<Reply, PointsBalance> READ_BALANCE = reply -> reply.as(PointsBalance.class);

    private final AnnexCloudCalls calls;
    private final ActivityResource activity;

    PointsResource(AnnexCloudCalls calls, ActivityResource activity) {
        this.calls = calls;
        this.activity = activity;
    }

    @Override
    public PointsBalance balance(String memberId) {
        return calls.send(balanceRequest(memberId), READ_BALANCE);
    }

    @Override
    public CompletableFuture<PointsBalance> balanceAsync(String memberId) {
        return calls.sendAsync(balanceRequest(memberId), READ_BALANCE);
    }

    @Override
    public PointsResult give(GivePoints request) {
        return post(request);
    }

    @Override
    public CompletableFuture<PointsResult> giveAsync(GivePoints request) {
        return postAsync(request);
    }

    @Override
    public PointsResult award(AwardPoints request) {
        return post(request);
    }

    @Override
    public CompletableFuture<PointsResult> awardAsync(AwardPoints request) {
        return postAsync(request);
    }

    @Override
    public PointsResult deduct(DeductPoints request) {
        return post(request);
    }

    @Override
    public CompletableFuture<PointsResult> deductAsync(DeductPoints request) {
        return postAsync(request);
    }

    @Override
    public PointsResult redeemReward(RedeemReward request) {
        return post(request);
    }

    @Override
    public CompletableFuture<PointsResult> redeemRewardAsync(RedeemReward request) {
        return postAsync(request);
    }

    @Override
    public PointsResult redeemPoints(RedeemPoints request) {
        return post(request);
    }

    @Override
    public CompletableFuture<PointsResult> redeemPointsAsync(RedeemPoints request) {
        return postAsync(request);
    }

    private PointsResult post(PointsRequest request) {
        return calls.send(postRequest(request), reader(request));
    }

    private CompletableFuture<PointsResult> postAsync(PointsRequest request) {
        return calls.sendAsync(postRequest(request), reader(request));
    }

    private static PipelineRequest balanceRequest(String memberId) {
        return AnnexCloudCalls.get(AnnexCloudCalls.path("points", memberId, ""), memberId, Map.of());
    }

    /**
     * The write; when it may be retried, a lost answer is first looked for in the member's activity
     * ({@link PointsActivityCheck}), so that a server not deduplicating {@code customId} never credits twice.
     */
    private PipelineRequest postRequest(PointsRequest request) {
        Checks.requireNonNull(request, "request");
        PipelineRequest post = AnnexCloudCalls.withBody("POST", "/points", request, deduplicated(request));
        return post.retrySafe()
                ? post.withResendCheck(new PointsActivityCheck(activity, request.memberId(), post.body(), calls.now()))
                : post;
    }

    private static Function<Reply, PointsResult> reader(PointsRequest request) {
        boolean deduplicated = deduplicated(request);
        return reply -> deduplicated && reply.errorCode().filter(AnnexCloudErrorCode.AC1010::equals).isPresent()
                ? ALREADY_APPLIED
                : reply.as(PointsResult.class);
    }

    /** Whether the server can recognise a repeat of this request. */
    static boolean deduplicated(PointsRequest request) {
        return request.idempotencyKey().isPresent()
                || PointsRequest.DEBIT.equals(request.activity()) && request.orderId().isPresent();
    }
}
