package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.TransportException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code withOptions} views of a Gorgias client put the options on the wire, on the customer in Gorgias's
 * published shape ({@code GET /api/customers/{id}}, developers.gorgias.com "Retrieve a customer").
 */
class GorgiasRequestOptionsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String CUSTOMER = "/api/customers/42";
    private static final RequestOptions TRACED = RequestOptions.builder().header("X-Request-Source", "loyalty-bridge").build();

    private GorgiasFixture fixture;
    private GorgiasClient client;

    @BeforeEach
    void setUp() {
        fixture = new GorgiasFixture(wm);
        client = fixture.client();
        wm.stubFor(get(CUSTOMER).willReturn(okJson(GorgiasFixture.customer(42, "jane@example.com"))));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void extraHeadersReachTheWireBesideTheCredentialsOnBothViews() {
        client.withOptions(TRACED).customers().get(42);
        client.async().withOptions(TRACED).customers().get(42).join();
        client.withOptions(TRACED).async().customers().get(42).join();

        wm.verify(3, getRequestedFor(urlEqualTo(CUSTOMER)).withHeader("X-Request-Source", equalTo("loyalty-bridge"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC)));
    }

    @Test
    void theViewLeavesTheClientItCameFromAsItWas() {
        assertThat(client.async()).isSameAs(client.async());
        assertThat(client.async().sync()).isSameAs(client);
        client.withOptions(TRACED);

        client.customers().get(42);
        client.withOptions(TRACED).async().sync().customers().get(42);

        wm.verify(1, getRequestedFor(urlEqualTo(CUSTOMER)).withHeader("X-Request-Source", absent()));
        wm.verify(1, getRequestedFor(urlEqualTo(CUSTOMER)).withHeader("X-Request-Source", equalTo("loyalty-bridge")));
    }

    @Test
    void theTimeoutBoundsTheCallRetriesIncluded() {
        wm.stubFor(get(CUSTOMER).willReturn(okJson(GorgiasFixture.customer(42, "jane@example.com"))
                .withFixedDelay(2_000)));
        GorgiasClient hurried = client.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).build());

        // The attempt gets the 200 ms the call has (not the client's 10 s); the 200 ms back-off after it
        // would reach the deadline, so the read is not sent again.
        assertThatThrownBy(() -> hurried.customers().get(42))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue());
        wm.verify(1, getRequestedFor(urlEqualTo(CUSTOMER)));
    }
}
