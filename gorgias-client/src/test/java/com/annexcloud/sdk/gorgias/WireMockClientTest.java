package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server per test class and a fresh {@link GorgiasFixture} client on it per test. */
abstract class WireMockClientTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    GorgiasClient client;

    @BeforeEach
    void startClient() {
        client = new GorgiasFixture(wm).client();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }
}
