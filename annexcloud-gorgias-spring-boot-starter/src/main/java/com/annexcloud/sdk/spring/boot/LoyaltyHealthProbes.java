package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Timeouts;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import java.time.Duration;
import java.util.Optional;

/**
 * The clients the health indicator probes with: built from the same properties as the application's, but
 * without retries and with short timeouts, so a check neither waits through back-offs nor spends the Gorgias
 * budget on retries. When the properties do not configure a vendor (the application brought its own client),
 * that vendor's own client is probed; without any Gorgias client, Gorgias is not probed. Closes only the
 * clients it built.
 */
final class LoyaltyHealthProbes implements AutoCloseable {
    private final AnnexCloudClient annexCloud;
    private final Optional<GorgiasClient> gorgias;
    private final boolean ownsAnnexCloud;
    private final boolean ownsGorgias;

    LoyaltyHealthProbes(AnnexCloudClient application, Optional<GorgiasClient> applicationGorgias, AnnexCloudProperties annexProperties,
                        GorgiasProperties gorgiasProperties, ClientOptions options, Duration timeout) {
        ClientOptions probe = ClientOptions.builder().from(options).retryPolicy(RetryPolicy.none())
                .timeouts(Timeouts.builder().connect(timeout).perAttempt(timeout).overall(timeout).build()).build();
        this.ownsAnnexCloud = annexProperties.getSiteId() != null && !annexProperties.getSiteId().isBlank();
        this.annexCloud = ownsAnnexCloud
                ? LoyaltyAutoConfiguration.annexCloudBuilder(annexProperties).options(probe).build() : application;
        this.ownsGorgias = applicationGorgias.isPresent()
                && gorgiasProperties.getEmail() != null && !gorgiasProperties.getEmail().isBlank();
        this.gorgias = ownsGorgias
                ? Optional.of(LoyaltyAutoConfiguration.gorgiasBuilder(gorgiasProperties).options(probe).build())
                : applicationGorgias;
    }

    AnnexCloudClient annexCloud() {
        return annexCloud;
    }

    /** The Gorgias client to probe, empty when the application has none. */
    Optional<GorgiasClient> gorgias() {
        return gorgias;
    }

    @Override
    public void close() {
        try {
            if (ownsGorgias) {
                gorgias.get().close();
            }
        } finally {
            if (ownsAnnexCloud) {
                annexCloud.close();
            }
        }
    }
}
