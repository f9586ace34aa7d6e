package com.annexcloud.sdk.bridge.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasCustomerMergedException;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where a card goes when Gorgias says its customer was merged. Shapes: the changelog "301 redirects on merged
 * customers" (May 2024: every {@code /api/customers/{id}/*} answers 301, empty body, to the remaining customer),
 * "Set a customer's data" (202, empty body), and the Customer object ({@code email}, {@code channels[]} of
 * {@code {type, address, preferred}}) of developers.gorgias.com/reference/the-customer-object.
 */
class LoyaltyDataWriterTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Customer MERGED = Customer.builder().id(3924).build();
    private static final LoyaltyCard CARD = LoyaltyCard.builder().member(true).email("john.doe@example.com").build();

    private final GorgiasClient gorgias = GorgiasClient.builder().baseUri(URI.create(wm.baseUrl() + "/api"))
            .basicAuth("bot@acme.test", Secret.of("gorgias-key")).build();
    private final LoyaltyDataWriter writer = new LoyaltyDataWriter(gorgias);

    @AfterEach
    void close() {
        gorgias.close();
    }

    private static void mergedInto(long survivor) {
        wm.stubFor(put("/api/customers/3924/data").willReturn(aResponse().withStatus(301)
                .withHeader("Location", "/api/customers/" + survivor + "/data")));
    }

    private static void survivor(String email, String channel) {
        wm.stubFor(get("/api/customers/4711").willReturn(okJson("{\"id\":4711,\"email\":\"" + email + "\","
                + "\"channels\":[{\"id\":13979075,\"type\":\"email\",\"address\":\"" + channel + "\",\"preferred\":false},"
                + "{\"id\":13979076,\"type\":\"phone\",\"address\":\"+33611223344\",\"preferred\":false}],"
                + "\"data\":{\"crm\":\"kept\"}}")));
        wm.stubFor(put("/api/customers/4711/data").willReturn(aResponse().withStatus(202)));
    }

    @Test
    void aSurvivorCarryingTheMembersEmailAmongItsChannelsGetsTheCard() {
        mergedInto(4711);
        survivor("someone@example.com", "John.Doe@Example.COM");

        Customer written = writer.write(MERGED, CARD);

        assertThat(written.id()).isEqualTo(4711L);
        wm.verify(1, putRequestedFor(urlEqualTo("/api/customers/4711/data"))
                .withRequestBody(matchingJsonPath("$.data.crm", equalTo("kept"))));
    }

    @Test
    void aSurvivorWithoutTheMembersEmailIsAnotherPersonAndGetsNothing() {
        mergedInto(4711);
        survivor("someone@example.com", "someone.else@example.com");

        assertThatThrownBy(() -> writer.write(MERGED, CARD)).isInstanceOf(GorgiasCustomerMergedException.class)
                .hasMessageContaining("does not carry the member's email")
                .satisfies(e -> assertThat(((GorgiasCustomerMergedException) e).survivingCustomerId()).contains(4711L));
        wm.verify(0, putRequestedFor(urlEqualTo("/api/customers/4711/data")));
    }

    @Test
    void aRedirectToTheCustomerItselfStops() {
        mergedInto(3924);

        assertThatThrownBy(() -> writer.write(MERGED, CARD)).isInstanceOf(GorgiasCustomerMergedException.class)
                .hasMessageContaining("redirects to itself");
        wm.verify(1, putRequestedFor(urlEqualTo("/api/customers/3924/data")));
    }
}
