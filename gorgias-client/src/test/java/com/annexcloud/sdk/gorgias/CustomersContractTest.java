package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.model.Channel;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerOrder;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.gorgias.model.UpdateCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request shape of every customer call (method, path, query, auth, exact body) and the sync/async results. */
class CustomersContractTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String CUSTOMER_PATH = "/api/customers/63678235";
    private static final JsonNode LOYALTY = GorgiasFixture.json("{\"loyalty\":{\"points\":6656,\"tier\":\"Silver\"}}");

    private GorgiasFixture fixture;
    private GorgiasClient client;
    private Customers customers;
    private CustomersAsync customersAsync;

    @BeforeEach
    void setUp() {
        fixture = new GorgiasFixture(wm);
        client = fixture.client();
        customers = client.customers();
        customersAsync = client.async().customers();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static CreateCustomer sampleCreate() {
        return CreateCustomer.builder().email("test.email@test.com").name("Test Name").timezone("UTC").build();
    }

    private static final String SAMPLE_CREATE_JSON =
            "{\"timezone\":\"UTC\",\"email\":\"test.email@test.com\",\"name\":\"Test Name\"}";

    @Test
    void createPostsTheExactBodyWithBasicAuth() {
        wm.stubFor(post("/api/customers").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(GorgiasFixture.sampleCustomer())));

        Customer customer = customers.create(sampleCreate());

        assertThat(customer.id()).isEqualTo(63678235L);
        assertThat(customer.email()).contains("test.email@test.com");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/customers"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson(SAMPLE_CREATE_JSON)));
    }

    @Test
    void createAsyncPostsTheSameRequest() {
        wm.stubFor(post("/api/customers").willReturn(okJson(GorgiasFixture.sampleCustomer())));

        Customer customer = customersAsync.create(CreateCustomer.builder().email("test.email@test.com")
                .externalId("m-1").addChannels(Channel.email("test.email@test.com")).build()).join();

        assertThat(customer.id()).isEqualTo(63678235L);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/customers"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(equalToJson("{\"email\":\"test.email@test.com\",\"external_id\":\"m-1\","
                        + "\"channels\":[{\"type\":\"email\",\"address\":\"test.email@test.com\",\"preferred\":true}]}")));
    }

    /*
     * Create with data. The Customer object documents "data" as a customer property ("custom data associated
     * with the customer that will be shown in the helpdesk along with integration data",
     * https://developers.gorgias.com/v1.1/reference/customers), and public Gorgias connectors send it in the
     * POST /api/customers body (Pipedream's gorgias_oauth create-customer action). Whether a create answer
     * echoes it is not documented: the answers below are the sample customer (integration document) with its
     * "data" filled in, and as published, with "data": null.
     */
    private static String sampleCustomerWithData(String data) {
        return GorgiasFixture.sampleCustomer().replace("\"data\": null", "\"data\": " + data);
    }

    @Test
    void createWithDataSendsItInTheCreateBodyAndNothingElseWhenTheAnswerCarriesIt() {
        // the server re-encodes a number (6656.0) and reorders keys: still the same data
        wm.stubFor(post("/api/customers").willReturn(aResponse().withStatus(201).withHeader("Content-Type",
                "application/json").withBody(sampleCustomerWithData("{\"loyalty\":{\"tier\":\"Silver\",\"points\":6656.0}}"))));

        Customer customer = customers.create(CreateCustomer.builder().from(sampleCreate()).data(LOYALTY).build());

        assertThat(customer.data()).isPresent();
        assertThat(customer.data().get().path("loyalty").path("tier").asText()).isEqualTo("Silver");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/customers")).withRequestBody(equalToJson(
                "{\"timezone\":\"UTC\",\"email\":\"test.email@test.com\",\"name\":\"Test Name\","
                        + "\"data\":{\"loyalty\":{\"points\":6656,\"tier\":\"Silver\"}}}")));
        wm.verify(0, putRequestedFor(urlEqualTo(CUSTOMER_PATH + "/data")));
    }

    @Test
    void createWithDataWritesTheDataWhenTheAnswerLacksIt() {
        wm.stubFor(post("/api/customers").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(GorgiasFixture.sampleCustomer())));
        // set-data may answer 202 with an empty body (spec-derived reference pages)
        wm.stubFor(put(CUSTOMER_PATH + "/data").willReturn(aResponse().withStatus(202)));

        Customer customer = customers.create(CreateCustomer.builder().from(sampleCreate()).data(LOYALTY).build());

        assertThat(customer.id()).isEqualTo(63678235L);
        assertThat(customer.email()).contains("test.email@test.com");
        assertThat(customer.data()).contains(LOYALTY);
        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH + "/data"))
                .withRequestBody(equalToJson("{\"data\":{\"loyalty\":{\"points\":6656,\"tier\":\"Silver\"}}}")));
    }

    @Test
    void createAsyncWithDataWritesTheDataWhenTheAnswerHoldsOtherData() {
        wm.stubFor(post("/api/customers").willReturn(okJson(sampleCustomerWithData("{\"loyalty\":{\"points\":1}}"))));
        wm.stubFor(put(CUSTOMER_PATH + "/data").willReturn(okJson(sampleCustomerWithData("{}"))));

        Customer customer = customersAsync.create(CreateCustomer.builder().from(sampleCreate()).data(LOYALTY).build())
                .join();

        assertThat(customer.data()).contains(LOYALTY);
        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH + "/data")));
    }

    @Test
    void createWithDataAnsweredByAnExistingCustomerMergesIntoItsDataInsteadOfReplacingIt() {
        // the answer is a customer that existed already (a duplicate resolved to it), holding another app's key
        wm.stubFor(post("/api/customers").willReturn(okJson(sampleCustomerWithData(
                "{\"crm\":{\"segment\":\"vip\"},\"loyalty\":{\"points\":1}}"))));
        wm.stubFor(put(CUSTOMER_PATH + "/data").willReturn(aResponse().withStatus(202)));

        Customer customer = customers.create(CreateCustomer.builder().from(sampleCreate()).data(LOYALTY).build());

        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH + "/data")).withRequestBody(equalToJson(
                "{\"data\":{\"crm\":{\"segment\":\"vip\"},\"loyalty\":{\"points\":6656,\"tier\":\"Silver\"}}}")));
        assertThat(customer.data().orElseThrow().path("crm").path("segment").asText()).isEqualTo("vip");
        assertThat(customer.data().orElseThrow().path("loyalty")).isEqualTo(LOYALTY.path("loyalty"));
    }

    @Test
    void getReadsOneCustomer() {
        wm.stubFor(get(CUSTOMER_PATH).willReturn(okJson(GorgiasFixture.sampleCustomer())));

        Customer customer = customers.get(63678235L);

        assertThat(customer.name()).contains("Test Name");
        assertThat(customer.channels()).hasSize(1);
        wm.verify(1, getRequestedFor(urlEqualTo(CUSTOMER_PATH))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(absent()));
    }

    @Test
    void getAsyncReadsOneCustomer() {
        wm.stubFor(get(CUSTOMER_PATH).willReturn(okJson(GorgiasFixture.sampleCustomer())));

        assertThat(customersAsync.get(63678235L).join().email()).contains("test.email@test.com");
        wm.verify(1, getRequestedFor(urlEqualTo(CUSTOMER_PATH)).withHeader("Authorization", equalTo(GorgiasFixture.BASIC)));
    }

    @Test
    void updatePutsOnlyTheSetFields() {
        wm.stubFor(put(CUSTOMER_PATH).willReturn(okJson(GorgiasFixture.sampleCustomer())));

        Customer customer = customers.update(63678235L, UpdateCustomer.builder().name("Test Name").note("vip").build());

        assertThat(customer.id()).isEqualTo(63678235L);
        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(equalToJson("{\"name\":\"Test Name\",\"note\":\"vip\"}")));
    }

    @Test
    void updateAsyncPutsTheSameRequest() {
        wm.stubFor(put(CUSTOMER_PATH).willReturn(okJson(GorgiasFixture.sampleCustomer())));

        customersAsync.update(63678235L, UpdateCustomer.builder().language("fr").build()).join();

        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH)).withRequestBody(equalToJson("{\"language\":\"fr\"}")));
    }

    @Test
    void deleteSendsDelete() {
        wm.stubFor(delete(CUSTOMER_PATH).willReturn(aResponse().withStatus(204)));

        customers.delete(63678235L);
        customersAsync.delete(63678235L).join();

        wm.verify(2, deleteRequestedFor(urlEqualTo(CUSTOMER_PATH))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC)).withRequestBody(absent()));
    }

    @Test
    void listPageSendsEveryQueryParameter() {
        wm.stubFor(get(urlPathEqualTo("/api/customers"))
                .willReturn(okJson(GorgiasFixture.page(1, 2, "next-1"))));

        CustomerPage page = customers.listPage(ListCustomers.builder().limit(2).orderBy(CustomerOrder.UPDATED_DESC)
                .email("c1@example.com").externalId("m 1").cursor("abc=").build());

        assertThat(page.data()).extracting(Customer::id).containsExactly(1L, 2L);
        assertThat(page.nextCursor()).contains("next-1");
        assertThat(page.prevCursor()).isEmpty();
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?limit=2&order_by=updated_datetime%3Adesc"
                + "&email=c1%40example.com&external_id=m%201&cursor=abc%3D"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC)));
    }

    @Test
    void listPageAsyncReadsTheLastPage() {
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(okJson(GorgiasFixture.page(5, 5, null))));

        CustomerPage page = customersAsync.listPage(ListCustomers.builder().limit(1).build()).join();

        assertThat(page.data()).extracting(Customer::id).containsExactly(5L);
        assertThat(page.nextCursor()).isEmpty();
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?limit=1")));
    }

    @Test
    void setDataPutsDataAndReturnsTheCustomer() {
        wm.stubFor(put(CUSTOMER_PATH + "/data").willReturn(okJson(GorgiasFixture.sampleCustomer())));

        Customer customer = customers.setData(63678235L, LOYALTY);

        assertThat(customer.email()).contains("test.email@test.com");
        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH + "/data"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(equalToJson("{\"data\":{\"loyalty\":{\"points\":6656,\"tier\":\"Silver\"}}}")));
    }

    @Test
    void setDataWithVersionSendsItInGorgiasFormat() {
        wm.stubFor(put(CUSTOMER_PATH + "/data").willReturn(okJson(GorgiasFixture.sampleCustomer())));

        customers.setData(63678235L, LOYALTY, OffsetDateTime.parse("2026-01-02T03:04:05.123456789+01:00"));

        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH + "/data")).withRequestBody(equalToJson(
                "{\"data\":{\"loyalty\":{\"points\":6656,\"tier\":\"Silver\"}},"
                        + "\"version\":\"2026-01-02T02:04:05.123456+00:00\"}")));
    }

    @Test
    void setDataAsyncWithoutACustomerBodyReturnsIdAndDataSent() {
        wm.stubFor(put(CUSTOMER_PATH + "/data").willReturn(aResponse().withStatus(204)));

        Customer customer = customersAsync.setData(63678235L, LOYALTY).join();

        assertThat(customer.id()).isEqualTo(63678235L);
        assertThat(customer.data()).contains(LOYALTY);
        assertThat(customer.email()).isEmpty();
        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH + "/data"))
                .withRequestBody(equalToJson("{\"data\":{\"loyalty\":{\"points\":6656,\"tier\":\"Silver\"}}}")));
    }

    @Test
    void setDataAsyncWithVersionReadsTheDataOfANonCustomerAnswer() {
        wm.stubFor(put(CUSTOMER_PATH + "/data").willReturn(okJson("{\"data\":{\"loyalty\":{\"points\":1}}}")));

        Customer customer = customersAsync.setData(63678235L, LOYALTY, OffsetDateTime.parse("2026-01-01T00:00:00Z")).join();

        assertThat(customer.id()).isEqualTo(63678235L);
        assertThat(customer.data()).contains(GorgiasFixture.json("{\"loyalty\":{\"points\":1}}"));
        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH + "/data")).withRequestBody(equalToJson(
                "{\"data\":{\"loyalty\":{\"points\":6656,\"tier\":\"Silver\"}},\"version\":\"2026-01-01T00:00:00.000000+00:00\"}")));
    }

    @Test
    void setDataCanClearTheData() {
        wm.stubFor(put(CUSTOMER_PATH + "/data").willReturn(aResponse().withStatus(200)));

        Customer customer = customers.setData(63678235L, NullNode.getInstance());

        assertThat(customer.data()).isEmpty();
        wm.verify(1, putRequestedFor(urlEqualTo(CUSTOMER_PATH + "/data")).withRequestBody(equalToJson("{\"data\":null}")));
    }

    @Test
    void bearerTokenIsAskedForOnEveryAttempt() {
        AtomicInteger calls = new AtomicInteger();
        wm.stubFor(get(CUSTOMER_PATH).inScenario("refresh").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.stubFor(get(CUSTOMER_PATH).inScenario("refresh").whenScenarioStateIs("up")
                .willReturn(okJson(GorgiasFixture.sampleCustomer())));
        try (GorgiasClient oauth = fixture.builder()
                .bearerToken(() -> Secret.of("token-" + calls.incrementAndGet())).build()) {

            oauth.customers().get(63678235L);

            wm.verify(1, getRequestedFor(urlEqualTo(CUSTOMER_PATH)).withHeader("Authorization", equalTo("Bearer token-1")));
            wm.verify(1, getRequestedFor(urlEqualTo(CUSTOMER_PATH)).withHeader("Authorization", equalTo("Bearer token-2")));
            assertThat(oauth.rateLimitStatus().limit()).isEqualTo(80);
        }
    }

    @Test
    void argumentsAreValidatedBeforeAnyRequest() {
        assertThatThrownBy(() -> customers.get(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> customersAsync.get(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> customers.delete(0)).hasMessageContaining("id");
        assertThatThrownBy(() -> customers.update(0, UpdateCustomer.builder().note("n").build()))
                .hasMessageContaining("id");
        assertThatThrownBy(() -> customers.setData(0, LOYALTY)).hasMessageContaining("id");
        assertThatThrownBy(() -> customers.findByEmail("not-an-email")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email");
        assertThatThrownBy(() -> customersAsync.findByEmail(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
