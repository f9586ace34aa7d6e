package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.loyalty.ActivityAsync;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClientAsync;
import com.annexcloud.sdk.loyalty.PointsAsync;
import com.annexcloud.sdk.loyalty.RewardsAsync;
import com.annexcloud.sdk.loyalty.TiersAsync;
import com.annexcloud.sdk.loyalty.UsersAsync;

/** The {@link AnnexCloudClientAsync} view: the resources over the pipeline's non-blocking exchange. */
final class DefaultAnnexCloudClientAsync implements AnnexCloudClientAsync {
    private final DefaultAnnexCloudClient.Shared shared;
    private final AnnexCloudResources resources;
    private final AnnexCloudClient sync;

    /** The async view of {@code sync}, which has the same shared parts and options. */
    DefaultAnnexCloudClientAsync(DefaultAnnexCloudClient.Shared shared, RequestOptions requestOptions,
                                 AnnexCloudClient sync) {
        this.shared = shared;
        this.sync = sync;
        this.resources = AnnexCloudResources.over(shared.calls(), Exchange.async(shared.pipeline()).withOptions(requestOptions));
    }

    @Override
    public UsersAsync users() {
        return resources.users();
    }

    @Override
    public PointsAsync points() {
        return resources.points();
    }

    @Override
    public TiersAsync tiers() {
        return resources.tiers();
    }

    @Override
    public ActivityAsync activity() {
        return resources.activity();
    }

    @Override
    public RewardsAsync rewards() {
        return resources.rewards();
    }

    @Override
    public AnnexCloudClient sync() {
        return sync;
    }

    @Override
    public AnnexCloudClientAsync withOptions(RequestOptions options) {
        return sync.withOptions(options).async();
    }

    @Override
    public String toString() {
        return shared.name() + ".async()";
    }
}
