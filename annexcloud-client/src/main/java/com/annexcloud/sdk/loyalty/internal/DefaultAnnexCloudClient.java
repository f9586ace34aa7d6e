package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.core.internal.RequestPacer;
import com.annexcloud.sdk.loyalty.Activity;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.Points;
import com.annexcloud.sdk.loyalty.Rewards;
import com.annexcloud.sdk.loyalty.Tiers;
import com.annexcloud.sdk.loyalty.Users;
import java.net.URI;
import java.time.Duration;

/** The {@link AnnexCloudClient}: one signed pipeline shared by immutable, thread-safe resources. */
public final class DefaultAnnexCloudClient implements AnnexCloudClient {
    private final URI baseUri;
    private final String siteId;
    private final HttpPipeline pipeline;
    private final Users users;
    private final Points points;
    private final Tiers tiers;
    private final Activity activity;
    private final Rewards rewards;

    /** Creates a client; the builder has validated every argument. */
    public DefaultAnnexCloudClient(URI baseUri, String siteId, Secret secret, Duration tokenLifetime,
                                   ClientOptions options) {
        this.baseUri = baseUri;
        this.siteId = siteId;
        this.pipeline = new HttpPipeline("annexcloud", baseUri, options,
                new AnnexCloudRequestSigner(siteId, secret, tokenLifetime), RequestPacer.none());
        AnnexCloudCalls calls = new AnnexCloudCalls(pipeline, new AnnexCloudErrors(secret, options.clock()));
        ActivityResource history = new ActivityResource(calls);
        this.users = new UsersResource(calls);
        this.points = new PointsResource(calls, history);
        this.tiers = new TiersResource(calls);
        this.activity = history;
        this.rewards = new RewardsResource(calls);
    }

    @Override
    public Users users() {
        return users;
    }

    @Override
    public Points points() {
        return points;
    }

    @Override
    public Tiers tiers() {
        return tiers;
    }

    @Override
    public Activity activity() {
        return activity;
    }

    @Override
    public Rewards rewards() {
        return rewards;
    }

    @Override
    public void close() {
        pipeline.close();
    }

    @Override
    public String toString() {
        return "AnnexCloudClient[" + baseUri + ", site " + siteId + "]";
    }
}
