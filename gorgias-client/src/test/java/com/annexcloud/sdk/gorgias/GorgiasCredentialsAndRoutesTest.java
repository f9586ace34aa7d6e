package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.Secret;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The credentials check ({@code GET /api/customers?limit=1}) and the route templates events carry.
 * Payloads in Gorgias's published shapes: the list envelope {@code {"object":"list","data":[…],"meta":{…}}}
 * and the 401 error {@code {"error":{"msg":"Unauthorized."}}} (developers.gorgias.com, customers and errors).
 */
class GorgiasCredentialsAndRoutesTest extends WireMockClientTest {

    @Test
    void verifyCredentialsReadsOnePageOfOneCustomer() {
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(GorgiasFixture.page(1, 1, null))));

        client.verifyCredentials();

        var sent = wm.findAll(getRequestedFor(urlPathEqualTo("/api/customers")));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).queryParameter("limit").firstValue()).isEqualTo("1");
        assertThat(sent.get(0).getHeader("Authorization")).isEqualTo(GorgiasFixture.BASIC);
    }

    @Test
    void verifyCredentialsFailsOnUnauthorized() {
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"msg\":\"Unauthorized.\"}}")));

        assertThatThrownBy(client::verifyCredentials).isInstanceOf(GorgiasUnauthorizedException.class)
                .hasMessageNotContaining(GorgiasFixture.API_KEY);
    }

    @Test
    void verifyCredentialsFailsOnTheHtml404OfAnUnknownAccountHost() {
        // An unknown {account}.gorgias.com answers an HTML page, not Gorgias's JSON error (docs/errors.md).
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<!DOCTYPE html><html><body>Not Found</body></html>")));

        assertThatThrownBy(client::verifyCredentials).isInstanceOf(GorgiasEndpointNotFoundException.class);
    }

    @Test
    void eventsNameTheRouteWithoutTheCustomerId() {
        wm.stubFor(get(urlPathEqualTo("/api/customers/63678235")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(GorgiasFixture.sampleCustomer())));
        wm.stubFor(put(urlPathEqualTo("/api/customers/63678235/data")).willReturn(aResponse().withStatus(202)));
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(GorgiasFixture.page(1, 1, null))));
        List<RequestEvent> events = new CopyOnWriteArrayList<>();
        GorgiasFixture fixture = new GorgiasFixture(wm);
        try (GorgiasClient listened = fixture.builder().basicAuth(GorgiasFixture.EMAIL, Secret.of(GorgiasFixture.API_KEY))
                .options(fixture.options().listener(events::add).build()).build()) {
            listened.customers().get(63678235);
            listened.customers().setData(63678235, GorgiasFixture.json("{\"points\":5}"));
            listened.customers().findByEmail("jane.doe@example.com");
        }

        assertThat(events).extracting(RequestEvent::route)
                .containsOnly("/customers/{id}", "/customers/{id}/data", "/customers");
        assertThat(events).allSatisfy(e -> assertThat(e.route()).doesNotContain("63678235", "jane"));
    }
}
