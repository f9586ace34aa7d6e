package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.PagedIterable;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerOrder;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cursor paging through {@code list}, the email filter and {@code findByEmail}. */
class PagingTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private GorgiasClient client;

    @BeforeEach
    void setUp() {
        client = new GorgiasFixture(wm).client();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static MappingBuilder listAt(String cursor) {
        return get(urlPathEqualTo("/api/customers")).withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor));
    }

    @Test
    void listFollowsNextCursorsAcrossThreePagesAndStopsOnNull() {
        wm.stubFor(listAt(null).willReturn(okJson(GorgiasFixture.page(1, 3, "p2"))));
        wm.stubFor(listAt("p2").willReturn(okJson(GorgiasFixture.page(4, 6, "p3"))));
        wm.stubFor(listAt("p3").willReturn(okJson(GorgiasFixture.page(7, 8, null))));

        List<Long> ids = client.customers().list(ListCustomers.builder().limit(3).orderBy(CustomerOrder.CREATED_ASC).build())
                .stream().map(Customer::id).collect(Collectors.toList());

        assertThat(ids).containsExactlyElementsOf(LongStream.rangeClosed(1, 8).boxed().toList());
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?limit=3&order_by=created_datetime%3Aasc")));
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?limit=3&order_by=created_datetime%3Aasc&cursor=p2")));
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?limit=3&order_by=created_datetime%3Aasc&cursor=p3")));
        wm.verify(3, getRequestedFor(urlPathEqualTo("/api/customers")));
    }

    @Test
    void listRequestsNothingUntilIteratedAndRestartsForEachIterator() {
        wm.stubFor(listAt(null).willReturn(okJson(GorgiasFixture.page(1, 2, null))));

        PagedIterable<Customer> all = client.customers().list(ListCustomers.defaults());
        assertThat(wm.getAllServeEvents()).isEmpty();

        assertThat(all).extracting(Customer::id).containsExactly(1L, 2L);
        assertThat(all.stream().count()).isEqualTo(2);
        wm.verify(2, getRequestedFor(urlEqualTo("/api/customers")));
    }

    @Test
    void emailFilterIsSentOnEveryPage() {
        wm.stubFor(listAt(null).willReturn(okJson(GorgiasFixture.page(1, 1, "p2"))));
        wm.stubFor(listAt("p2").willReturn(okJson(GorgiasFixture.page(2, 2, null))));

        List<Customer> found = client.customers().list(ListCustomers.builder().email("c1@example.com").build())
                .stream().toList();

        assertThat(found).hasSize(2);
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?email=c1%40example.com")));
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?email=c1%40example.com&cursor=p2")));
    }

    @Test
    void findByEmailReturnsTheMatchingCustomer() {
        wm.stubFor(get(urlPathEqualTo("/api/customers")).withQueryParam("email", equalTo("Jane@Example.com"))
                .willReturn(okJson(GorgiasFixture.page(GorgiasFixture.customer(7, "other@example.com") + ","
                        + GorgiasFixture.customer(8, "jane@example.com"), null))));

        Optional<Customer> found = client.customers().findByEmail("Jane@Example.com");

        assertThat(found).map(Customer::id).contains(8L);
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?email=Jane%40Example.com"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC)));
    }

    @Test
    void findByEmailIsEmptyWhenNoneMatches() {
        wm.stubFor(get(urlPathEqualTo("/api/customers")).willReturn(okJson(GorgiasFixture.page("", null))));

        assertThat(client.customers().findByEmail("nobody@example.com")).isEmpty();
        assertThat(client.async().customers().findByEmail("nobody@example.com").join()).isEmpty();
        wm.verify(2, getRequestedFor(urlEqualTo("/api/customers?email=nobody%40example.com")));
    }

    @Test
    void findByEmailAsyncFindsTheCustomer() {
        wm.stubFor(get(urlPathEqualTo("/api/customers"))
                .willReturn(okJson(GorgiasFixture.page(GorgiasFixture.customer(9, "a@b.co"), null))));

        assertThat(client.async().customers().findByEmail("a@b.co").join()).map(Customer::id).contains(9L);
    }

    @Test
    void anEndlessCursorIsFetchedLazily() {
        wm.stubFor(listAt(null).willReturn(okJson(GorgiasFixture.page(1, 100, "c1"))));
        wm.stubFor(listAt("c1").willReturn(okJson(GorgiasFixture.page(101, 200, "c2"))));
        wm.stubFor(listAt("c2").willReturn(okJson(GorgiasFixture.page(201, 300, "c1"))));

        List<Customer> first = client.customers().list(ListCustomers.builder().limit(100).build())
                .stream().limit(150).toList();

        assertThat(first).hasSize(150);
        assertThat(first.get(149).id()).isEqualTo(150L);
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?limit=100")));
        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers?limit=100&cursor=c1")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/customers")));
    }
}
