package com.annexcloud.sdk.gorgias.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.internal.GorgiasDateTimes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
    private static final ObjectMapper MAPPER = Json.mapper();

    private static String sample() throws IOException {
        try (InputStream in = ModelJsonTest.class.getResourceAsStream("/com/annexcloud/sdk/gorgias/customer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheDocumentedCustomer() throws IOException {
        Customer customer = MAPPER.readValue(sample(), Customer.class);

        assertThat(customer.id()).isEqualTo(63678235L);
        assertThat(customer.externalId()).isEmpty();
        assertThat(customer.active()).contains(true);
        assertThat(customer.email()).contains("test.email@test.com");
        assertThat(customer.firstname()).contains("Test");
        assertThat(customer.language()).isEmpty();
        assertThat(customer.timezone()).contains("UTC");
        assertThat(customer.createdDatetime()).contains(OffsetDateTime.parse("2021-11-15T11:25:12.541887+00:00"));
        assertThat(customer.createdDatetime().get().getNano()).isEqualTo(541_887_000);
        assertThat(customer.meta().get().path("name_set_via").asText()).isEqualTo("agent");
        assertThat(customer.data()).isEmpty();
        assertThat(customer.integrations().get().isObject()).isTrue();
        assertThat(customer.note()).isEmpty();
        assertThat(customer.additionalProperties()).containsOnlyKeys("customer");
        Channel channel = customer.channels().get(0);
        assertThat(channel.id()).contains(77653599L);
        assertThat(channel.type()).isEqualTo("email");
        assertThat(channel.address()).contains("test.email@test.com");
        assertThat(channel.preferred()).contains(true);
        assertThat(channel.deletedDatetime()).isEmpty();
        assertThat(channel.additionalProperties()).containsOnlyKeys("user", "customer");
    }

    @Test
    void writesSnakeCaseAndGorgiasDatetimesAndRoundTrips() throws IOException {
        Customer customer = MAPPER.readValue(sample(), Customer.class);

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsBytes(customer));

        assertThat(written.path("created_datetime").asText()).isEqualTo("2021-11-15T11:25:12.541887+00:00");
        assertThat(written.path("channels").get(0).path("updated_datetime").asText())
                .isEqualTo("2021-11-15T11:25:12.580576+00:00");
        assertThat(written.has("createdDatetime")).isFalse();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(customer), Customer.class)).isEqualTo(customer);
    }

    @Test
    void readsListCustomersWithEmptyStringsAsAbsent() throws IOException {
        Customer customer = MAPPER.readValue("{\"id\":\"62859020\",\"name\":\"\",\"firstname\":\"\",\"email\":\"t@x.io\"}",
                Customer.class);

        assertThat(customer.id()).isEqualTo(62859020L);
        assertThat(customer.name()).isEmpty();
        assertThat(customer.firstname()).isEmpty();
        assertThat(customer.channels()).isEmpty();
    }

    @Test
    void datetimesAreWrittenInUtcWithMicroseconds() {
        assertThat(GorgiasDateTimes.format(OffsetDateTime.parse("2026-03-01T10:00:00+02:00")))
                .isEqualTo("2026-03-01T08:00:00.000000+00:00");
        assertThat(GorgiasDateTimes.format(OffsetDateTime.parse("2021-11-15T11:25:12.5805659Z")))
                .isEqualTo("2021-11-15T11:25:12.580565+00:00");
    }

    @Test
    void createCustomerSendsOnlyWhatIsSet() throws IOException {
        CreateCustomer create = CreateCustomer.builder().email("a@b.co").externalId("m-1")
                .addChannels(Channel.email("a@b.co")).build();

        assertThat(MAPPER.readTree(Json.write(create))).isEqualTo(MAPPER.readTree(
                "{\"email\":\"a@b.co\",\"external_id\":\"m-1\",\"channels\":[{\"type\":\"email\",\"address\":\"a@b.co\",\"preferred\":true}]}"));
        assertThat(MAPPER.readTree(Json.write(CreateCustomer.builder().name("N").build())))
                .isEqualTo(MAPPER.readTree("{\"name\":\"N\"}"));
    }

    @Test
    void updateCustomerIsPartialAndCanClearChannels() throws IOException {
        assertThat(MAPPER.readTree(Json.write(UpdateCustomer.builder().note("vip").build())))
                .isEqualTo(MAPPER.readTree("{\"note\":\"vip\"}"));
        assertThat(MAPPER.readTree(Json.write(UpdateCustomer.builder().externalId("m-2")
                .meta(MAPPER.createObjectNode().put("vip", true)).build())))
                .isEqualTo(MAPPER.readTree("{\"external_id\":\"m-2\",\"meta\":{\"vip\":true}}"));
        assertThat(MAPPER.readTree(Json.write(UpdateCustomer.builder().channels(List.of()).build())))
                .isEqualTo(MAPPER.readTree("{\"channels\":[]}"));
        assertThatThrownBy(() -> UpdateCustomer.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one field");
    }

    @Test
    void emailsAreCheckedNamingTheFieldButNotTheValue() {
        for (String bad : new String[] {"plain", "a@b", "@b.co", "a@@b.co", "a b@c.co", "a@b.co.", " "}) {
            assertThatThrownBy(() -> CreateCustomer.builder().email(bad).build())
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("email ");
        }
        assertThatThrownBy(() -> UpdateCustomer.builder().email("secret-person").build())
                .hasMessageNotContaining("secret-person");
        assertThat(CreateCustomer.builder().email("first.last+tag@sub.example.com").build().email()).isPresent();
    }

    @Test
    void listLimitMustBeOneToHundred() {
        assertThatThrownBy(() -> ListCustomers.builder().limit(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> ListCustomers.builder().limit(101).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> ListCustomers.builder().email("nope").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
        assertThat(ListCustomers.builder().limit(1).build().limit()).contains(1);
        assertThat(ListCustomers.builder().limit(100).build().limit()).contains(100);
        assertThat(ListCustomers.defaults().limit()).isEmpty();
    }

    @Test
    void customerOrderIsStringBacked() {
        assertThat(CustomerOrder.CREATED_ASC.value()).isEqualTo("created_datetime:asc");
        assertThat(CustomerOrder.CREATED_DESC.value()).isEqualTo("created_datetime:desc");
        assertThat(CustomerOrder.UPDATED_ASC.value()).isEqualTo("updated_datetime:asc");
        assertThat(CustomerOrder.UPDATED_DESC.toString()).isEqualTo("updated_datetime:desc");
        assertThat(CustomerOrder.of(" updated_datetime:desc ")).isEqualTo(CustomerOrder.UPDATED_DESC)
                .hasSameHashCodeAs(CustomerOrder.UPDATED_DESC);
        assertThat(CustomerOrder.of("name:asc").value()).isEqualTo("name:asc");
        assertThatThrownBy(() -> CustomerOrder.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orderBy");
    }
}
