package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RetryPolicy;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server per test class and a client against it on manual time, closed after each test. */
abstract class WireMockTestBase {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort())
            .build();

    final ManualTime time = ManualTime.create();
    AnnexCloudClient client;

    /** The retry policy of {@link #client}: no jitter, so waits are exact. */
    RetryPolicy retryPolicy() {
        return RetryPolicy.builder().jitter(0).build();
    }

    @BeforeEach
    void createClient() {
        client = TestSupport.client(wm.getRuntimeInfo(), time, retryPolicy());
    }

    @AfterEach
    void closeClient() {
        client.close();
    }
}
