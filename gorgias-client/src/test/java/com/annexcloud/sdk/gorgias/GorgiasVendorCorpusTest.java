package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.gorgias.model.Widget;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every model reads the vendor corpus ({@code src/test/resources/vendor/gorgias}, each file's public source
 * in its README): payloads transcribed from developers.gorgias.com's reference examples, served by WireMock
 * and read through the client the way a real answer would be.
 */
class GorgiasVendorCorpusTest extends WireMockClientTest {
    @Test
    void theCustomerObject() {
        wm.stubFor(get("/api/customers/3924").willReturn(okJson(GorgiasFixture.vendor("customer.json"))));

        Customer customer = client.customers().get(3924);

        assertThat(customer.id()).isEqualTo(3924L);
        assertThat(customer.email()).contains("john@example.com");
        assertThat(customer.externalId()).contains("customer-84203241");
        assertThat(customer.firstname()).contains("John");
        assertThat(customer.lastname()).contains("Doe");
        assertThat(customer.name()).contains("John Doe");
        assertThat(customer.language()).contains("fr");
        assertThat(customer.timezone()).contains("UTC");
        assertThat(customer.note()).contains("A note");
        // The reference's datetimes carry no offset: they are UTC.
        assertThat(customer.createdDatetime())
                .contains(OffsetDateTime.of(2019, 4, 13, 3, 27, 56, 973_873_000, ZoneOffset.UTC));
        assertThat(customer.updatedDatetime()).isEqualTo(customer.createdDatetime());
        assertThat(customer.data().orElseThrow().path("city").asText()).isEqualTo("San Francisco");
        assertThat(customer.integrations().orElseThrow().path("6").path("orders").get(0).path("total_tax").asText())
                .isEqualTo("0.02");
        assertThat(customer.channels()).isEmpty();
    }

    @Test
    void theCustomersListEnvelope() {
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(okJson(GorgiasFixture.vendor("customers-list.json"))));

        CustomerPage page = client.customers().listPage(ListCustomers.builder().limit(2).build());

        assertThat(page.data()).singleElement().satisfies(customer -> {
            assertThat(customer.id()).isEqualTo(3924L);
            assertThat(customer.data()).isEmpty();
            assertThat(customer.externalId()).isEmpty();
            assertThat(customer.language()).isEmpty();
        });
        assertThat(page.nextCursor()).contains("WyJuZXh0IiwgMjksIDkyOV0=");
        assertThat(page.prevCursor()).isEmpty();
    }

    @Test
    void theIntegrationObject() {
        wm.stubFor(get("/api/integrations/123").willReturn(okJson(GorgiasFixture.vendor("integration.json"))));

        Integration integration = client.integrations().get(123);

        assertThat(integration.id()).isEqualTo(123L);
        assertThat(integration.name()).isEqualTo("My HTTP integration");
        assertThat(integration.type()).isEqualTo("http");
        assertThat(integration.description()).isEmpty();
        assertThat(integration.deactivatedDatetime()).isEmpty();
        assertThat(integration.additionalProperties()).containsKeys("created_datetime", "updated_datetime", "uri");
        HttpSettings http = integration.http().orElseThrow();
        assertThat(http.url()).isEqualTo("https://company.com/api/customers?email={{ticket.customer.email}}");
        assertThat(http.method()).isEqualTo("GET");
        assertThat(http.headers()).isEmpty();
        assertThat(http.form().orElseThrow().path("ticket_id").asText()).isEqualTo("{{ticket.id}}");
        assertThat(http.requestContentType()).isEqualTo(HttpSettings.JSON);
        assertThat(http.responseContentType()).isEqualTo(HttpSettings.JSON);
        assertThat(http.triggers()).containsOnly(Map.entry("ticket_created", true), Map.entry("ticket_updated", true),
                Map.entry("ticket_message_created", true), Map.entry("ticket_self_unsnoozed", true));
        assertThat(http.additionalProperties()).containsOnlyKeys("id");
    }

    @Test
    void theIntegrationsListWithADeactivatedOne() {
        wm.stubFor(get(urlPathEqualTo("/api/integrations")).willReturn(okJson(GorgiasFixture.vendor("integrations-list.json"))));

        List<Integration> all = client.integrations().list().stream().toList();

        assertThat(all).singleElement().satisfies(integration -> {
            assertThat(integration.deactivatedDatetime())
                    .contains(OffsetDateTime.of(2021, 2, 1, 8, 0, 0, 0, ZoneOffset.UTC));
            assertThat(integration.http().orElseThrow().form()).isEmpty();
        });
    }

    @Test
    void theWidgetObjectAndTheWidgetsArray() throws IOException {
        wm.stubFor(get(urlPathEqualTo("/api/widgets")).willReturn(okJson(GorgiasFixture.vendor("widgets-list.json"))));

        Widget one = Json.mapper().readValue(GorgiasFixture.vendor("widget.json"), Widget.class);
        List<Widget> listed = client.widgets().list().stream().toList();

        assertThat(one.id()).isEqualTo(123L);
        assertThat(one.integrationId()).isEmpty();
        assertThat(one.type()).contains("http");
        assertThat(one.order()).contains(3);
        assertThat(one.deactivatedDatetime()).contains(OffsetDateTime.of(2020, 12, 3, 13, 0, 0, 123_456_000, ZoneOffset.UTC));
        assertThat(one.additionalProperties()).containsKeys("app_id", "created_datetime", "updated_datetime", "uri");
        assertThat(listed).singleElement().satisfies(widget -> assertThat(widget.template()).isEqualTo(one.template()));
    }

    @Test
    void theErrorBodies() {
        wm.stubFor(post("/api/customers").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(GorgiasFixture.vendor("error-400.json"))));
        wm.stubFor(get("/api/customers/1").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(GorgiasFixture.vendor("error-404.json"))));

        assertThatThrownBy(() -> client.customers().create(CreateCustomer.builder().name("No Email").build()))
                .asInstanceOf(type(GorgiasInvalidRequestException.class))
                .satisfies(e -> {
                    assertThat(e.vendorMessage()).contains("Invalid request.");
                    assertThat(e.fieldErrors()).containsExactly(Map.entry("email", List.of("Not a valid email address.")));
                });
        assertThatThrownBy(() -> client.customers().get(1))
                .asInstanceOf(type(GorgiasNotFoundException.class))
                .satisfies(e -> assertThat(e.vendorMessage()).contains("Resource not found."));
    }
}
