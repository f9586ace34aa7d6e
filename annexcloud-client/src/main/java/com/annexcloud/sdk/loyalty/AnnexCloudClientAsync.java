package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.RequestOptions;

/**
 * An {@link AnnexCloudClient} whose operations return futures: reached through {@link
 * AnnexCloudClient#async()}, sharing its pipeline, signer and options. Each resource has the blocking
 * resource's operations under the same names; the futures never block a thread and fail with the
 * exceptions the blocking resource documents.
 *
 * <p>Cancelling a returned future stops the call: no further attempt, retry wait, lost-answer lookup or
 * resend is made, and the request in flight is abandoned (the JDK transport closes its connection). A write
 * the server already received may still take effect: cancelling does not undo it.
 */
public interface AnnexCloudClientAsync {

    /** Members. */
    UsersAsync users();

    /** Points balances and changes. */
    PointsAsync points();

    /** Tier standing. */
    TiersAsync tiers();

    /** The newest points history. */
    ActivityAsync activity();

    /** Rewards available to members. */
    RewardsAsync rewards();

    /** The blocking view of the same client. */
    AnnexCloudClient sync();

    /** Like {@link AnnexCloudClient#withOptions(RequestOptions)}, for this view. */
    AnnexCloudClientAsync withOptions(RequestOptions options);
}
