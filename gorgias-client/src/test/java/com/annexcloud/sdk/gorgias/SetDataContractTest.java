package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.annexcloud.sdk.gorgias.model.Customer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /api/customers/{id}/data} as Gorgias publishes it. Sources: the "Set a customer's data"
 * reference (developers.gorgias.com/reference, as transcribed from the OpenAPI by withone.ai's Gorgias
 * knowledge pages): {@code 202 Accepted}, an empty response, and {@code 301 Moved Permanently} "customer was
 * merged with another one"; and the Gorgias changelog "301 redirects on merged customers" (May 2024): every
 * {@code /api/customers/{id}/*} endpoint answers a 301 with an empty body redirecting to the remaining customer.
 */
class SetDataContractTest extends WireMockClientTest {
    private static final String DATA_PATH = "/api/customers/3924/data";
    private static final JsonNode LOYALTY = GorgiasFixture.json("{\"loyalty\":{\"points\":6656}}");

    @Test
    void acceptsTheDocumented202WithAnEmptyBody() {
        wm.stubFor(put(DATA_PATH).willReturn(aResponse().withStatus(202)));

        Customer written = client.customers().setData(3924, LOYALTY);

        assertThat(written.id()).isEqualTo(3924L);
        assertThat(written.data()).contains(LOYALTY);
        wm.verify(1, putRequestedFor(urlEqualTo(DATA_PATH)).withRequestBody(equalToJson("{\"data\":{\"loyalty\":{\"points\":6656}}}")));
    }

    @Test
    void accepts202WithAnEmptyJsonObject() {
        // The generated reference shows the "empty response" as {} with Content-Type application/json.
        wm.stubFor(put(DATA_PATH).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{}")));

        Customer written = client.async().customers().setData(3924, LOYALTY).join();

        assertThat(written.id()).isEqualTo(3924L);
        assertThat(written.data()).contains(LOYALTY);
    }

    @Test
    void aMergedCustomerThrowsATypedErrorNamingTheSurvivorFromLocation() {
        wm.stubFor(put(DATA_PATH).willReturn(aResponse().withStatus(301)
                .withHeader("Location", wm.baseUrl() + "/api/customers/4711/data")));
        wm.stubFor(put("/api/customers/4711/data").willReturn(aResponse().withStatus(202)));

        assertThatThrownBy(() -> client.customers().setData(3924, LOYALTY))
                .asInstanceOf(type(GorgiasCustomerMergedException.class))
                .satisfies(e -> {
                    assertThat(e.statusCode()).hasValue(301);
                    assertThat(e.mergedCustomerId()).contains(3924L);
                    assertThat(e.survivingCustomerId()).contains(4711L);
                    assertThat(e.getMessage()).contains("3924").contains("4711");
                });
        // Neither retried nor followed: data built from the merged customer must not replace the survivor's.
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void readsARelativeLocationWithoutTrailingPath() {
        wm.stubFor(put(DATA_PATH).willReturn(aResponse().withStatus(301).withHeader("Location", "/api/customers/4711/")));

        assertThatThrownBy(() -> client.async().customers().setData(3924, LOYALTY).join())
                .isInstanceOf(CompletionException.class)
                .extracting(Throwable::getCause)
                .asInstanceOf(type(GorgiasCustomerMergedException.class))
                .satisfies(e -> assertThat(e.survivingCustomerId()).contains(4711L));
    }

    @Test
    void withoutLocationTheSurvivorIsReadFromABodyIdOrLeftUnknown() {
        wm.stubFor(put(DATA_PATH).willReturn(aResponse().withStatus(301)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": 4711}")));
        wm.stubFor(put("/api/customers/3925/data").willReturn(aResponse().withStatus(301)));

        assertThatThrownBy(() -> client.customers().setData(3924, LOYALTY))
                .asInstanceOf(type(GorgiasCustomerMergedException.class))
                .satisfies(e -> assertThat(e.survivingCustomerId()).contains(4711L));
        assertThatThrownBy(() -> client.customers().setData(3925, LOYALTY))
                .asInstanceOf(type(GorgiasCustomerMergedException.class))
                .satisfies(e -> {
                    assertThat(e.survivingCustomerId()).isEmpty();
                    assertThat(e.getMessage()).contains("no Location");
                });
    }

    @Test
    void everyCustomerPathReportsTheMerge() {
        // The changelog lists every /api/customers/{id}/* endpoint, the customer itself included.
        wm.stubFor(get("/api/customers/3924").willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://acme.gorgias.com/api/customers/4711")));

        assertThatThrownBy(() -> client.customers().get(3924))
                .asInstanceOf(type(GorgiasCustomerMergedException.class))
                .satisfies(e -> assertThat(e.survivingCustomerId()).contains(4711L));
    }

    @Test
    void a301OnAPathNamingNoCustomerIsAPlainErrorNamingTheRedirect() {
        // The changelog's merge redirects are on /api/customers/{id}/* only; a 301 elsewhere (a moved
        // account host, say) says nothing about a merge.
        wm.stubFor(get(urlPathEqualTo("/api/integrations/123")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://user:pw@acme-eu.gorgias.com/api/integrations/123?token=abc")));
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(aResponse().withStatus(301)));

        assertThatThrownBy(() -> client.integrations().get(123))
                .isExactlyInstanceOf(GorgiasException.class)
                .hasMessageContaining("301").hasMessageContaining("acme-eu.gorgias.com/api/integrations/123")
                .hasMessageNotContaining("token=abc").hasMessageNotContaining("pw");
        assertThatThrownBy(() -> client.customers().findByEmail("user@domain.com"))
                .isExactlyInstanceOf(GorgiasException.class).hasMessageContaining("without a Location");
    }
}
