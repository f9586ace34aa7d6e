package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.core.internal.RequestPacer;
import com.annexcloud.sdk.loyalty.Activity;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClientAsync;
import com.annexcloud.sdk.loyalty.Points;
import com.annexcloud.sdk.loyalty.Rewards;
import com.annexcloud.sdk.loyalty.Tiers;
import com.annexcloud.sdk.loyalty.Users;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The blocking {@link AnnexCloudClient}: one signed pipeline, shared with its {@link #async()} view and with
 * every {@link #withOptions} view, under immutable, thread-safe resources.
 */
public final class DefaultAnnexCloudClient implements AnnexCloudClient {
    private final Shared shared;
    private final Users users;
    private final Points points;
    private final Tiers tiers;
    private final Activity activity;
    private final Rewards rewards;
    private final AnnexCloudClientAsync async;

    /** What every view of one client shares: the pipeline, the request reading, the name it prints. */
    record Shared(HttpPipeline pipeline, AnnexCloudCalls calls, String name) {
    }

    /** Creates a client; the builder has validated every argument. */
    public DefaultAnnexCloudClient(URI baseUri, String siteId, Secret secret, Duration tokenLifetime,
                                   ClientOptions options) {
        this(new Shared(new HttpPipeline("annexcloud", baseUri, options,
                        new AnnexCloudRequestSigner(siteId, secret, tokenLifetime), RequestPacer.none()),
                new AnnexCloudCalls(options.clock(), new AnnexCloudErrors(secret, options.clock())),
                "AnnexCloudClient[" + baseUri + ", site " + siteId + "]"), RequestOptions.none());
    }

    DefaultAnnexCloudClient(Shared shared, RequestOptions requestOptions) {
        this.shared = shared;
        AnnexCloudResources resources = AnnexCloudResources.over(shared.calls(),
                Exchange.blocking(shared.pipeline()).withOptions(requestOptions));
        this.users = new BlockingUsers(resources.users());
        this.points = new BlockingPoints(resources.points());
        this.tiers = new BlockingTiers(resources.tiers());
        this.activity = new BlockingActivity(resources.activity());
        this.rewards = new BlockingRewards(resources.rewards());
        this.async = new DefaultAnnexCloudClientAsync(shared, requestOptions, this);
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
    public AnnexCloudClientAsync async() {
        return async;
    }

    @Override
    public AnnexCloudClient withOptions(RequestOptions options) {
        return new DefaultAnnexCloudClient(shared, Objects.requireNonNull(options, "options"));
    }

    @Override
    public void close() {
        shared.pipeline().close();
    }

    @Override
    public String toString() {
        return shared.name();
    }
}
