package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SandboxExtension.class)
@SandboxConfig(sampleData = false)
class GorgiasCustomersTest {
    private static final String MICROS_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00";

    private final Sandbox sandbox;
    private final GorgiasCalls gorgias;

    GorgiasCustomersTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.gorgias = new GorgiasCalls(sandbox.gorgias());
    }

    @Test
    void createThenGetAnswersTheDocumentedShape() {
        long id = gorgias.createdId("/customers", "{\"timezone\":\"UTC\",\"email\":\"test.email@test.com\",\"name\":\"Test Name\"}");

        JsonNode customer = gorgias.get("/customers/" + id).json();
        assertThat(customer.path("id").isIntegralNumber()).isTrue();
        assertThat(customer.path("email").asText()).isEqualTo("test.email@test.com");
        assertThat(customer.path("firstname").asText()).isEqualTo("Test");
        assertThat(customer.path("lastname").asText()).isEqualTo("Name");
        assertThat(customer.path("external_id").isNull()).isTrue();
        assertThat(customer.path("active").asBoolean()).isTrue();
        assertThat(customer.path("timezone").asText()).isEqualTo("UTC");
        assertThat(customer.path("language").isNull()).isTrue();
        assertThat(customer.path("created_datetime").asText()).matches(MICROS_UTC);
        assertThat(customer.path("meta").path("name_set_via").asText()).isEqualTo("agent");
        assertThat(customer.path("data").isNull()).isTrue();
        assertThat(customer.path("integrations").isObject()).isTrue();
        JsonNode channel = customer.path("channels").get(0);
        assertThat(channel.path("type").asText()).isEqualTo("email");
        assertThat(channel.path("address").asText()).isEqualTo("test.email@test.com");
        assertThat(channel.path("preferred").asBoolean()).isTrue();
        assertThat(channel.path("customer").path("id").asLong()).isEqualTo(id);
        assertThat(sandbox.gorgias().customerByEmail("TEST.email@test.com")).isPresent();
    }

    @Test
    void createStoresAndAnswersTheCustomersData() {
        // the Customer object's "data" (https://developers.gorgias.com/v1.1/reference/customers), sent on create
        HttpResult created = gorgias.send("POST", "/customers",
                "{\"email\":\"ada@x.com\",\"data\":{\"loyalty\":{\"points\":10}}}");

        assertThat(created.json().path("data").path("loyalty").path("points").asInt()).isEqualTo(10);
        long id = created.json().path("id").asLong();
        assertThat(gorgias.get("/customers/" + id).json().path("data").path("loyalty").path("points").asInt())
                .isEqualTo(10);
        assertThat(sandbox.gorgias().customerByEmail("ada@x.com").orElseThrow().data()).isPresent();
        assertThat(gorgias.send("POST", "/customers", "{\"email\":\"bob@x.com\",\"data\":[1]}").status())
                .isEqualTo(400);
    }

    @Test
    void createTakesTheEmailFromChannelsAndJoinsNames() {
        long id = gorgias.createdId("/customers", "{\"firstname\":\"Ada\",\"lastname\":\"Lovelace\",\"channels\":[{\"type\":\"phone\","
                + "\"address\":\"+1555\"},{\"type\":\"email\",\"address\":\"ada@x.com\"}]}");

        JsonNode customer = gorgias.get("/customers/" + id).json();
        assertThat(customer.path("email").asText()).isEqualTo("ada@x.com");
        assertThat(customer.path("name").asText()).isEqualTo("Ada Lovelace");
    }

    @Test
    void duplicateEmailIs409AndInvalidEmail400() {
        gorgias.createdId("/customers", "{\"email\":\"dup@x.com\"}");

        HttpResult duplicate = gorgias.send("POST", "/customers", "{\"email\":\"DUP@x.com\"}");
        HttpResult invalid = gorgias.send("POST", "/customers", "{\"email\":\"not-an-email\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("error").path("msg").asText()).isEqualTo("The resource already exists.");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("error").path("data").path("email").get(0).asText())
                .isEqualTo("Not a valid email address.");
        assertThat(sandbox.gorgias().customers()).hasSize(1);
    }

    @Test
    void putIsPartialAndNullClears() {
        long id = gorgias.createdId("/customers", "{\"email\":\"p@x.com\",\"name\":\"Pat Smith\",\"note\":\"vip\",\"external_id\":\"e1\"}");

        HttpResult updated = gorgias.send("PUT", "/customers/" + id, "{\"note\":null,\"language\":\"fr\"}");

        assertThat(updated.status()).isEqualTo(200);
        JsonNode customer = updated.json();
        assertThat(customer.path("note").isNull()).isTrue();
        assertThat(customer.path("language").asText()).isEqualTo("fr");
        assertThat(customer.path("name").asText()).isEqualTo("Pat Smith");
        assertThat(customer.path("external_id").asText()).isEqualTo("e1");
    }

    @Test
    void deleteRemovesAndUnknownIs404Json() {
        long id = gorgias.createdId("/customers", "{\"email\":\"d@x.com\"}");

        assertThat(gorgias.send("DELETE", "/customers/" + id, null).status()).isEqualTo(204);
        HttpResult gone = gorgias.get("/customers/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().path("error").path("msg").asText()).isEqualTo("Resource not found.");
        assertThat(gorgias.get("/customers/abc").status()).isEqualTo(404);
        assertThat(sandbox.gorgias().customers()).isEmpty();
    }

    @Test
    void unknownPathIsAnHtml404() {
        HttpResult unknown = gorgias.get("/tickets-that-do-not-exist");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(unknown.body()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void setDataStoresItAndIgnoresAnOlderVersion() {
        long id = gorgias.createdId("/customers", "{\"email\":\"data@x.com\"}");

        HttpResult stored = gorgias.send("PUT", "/customers/" + id + "/data",
                "{\"data\":{\"points\":6656},\"version\":\"2026-01-02T00:00:00+00:00\"}");
        HttpResult older = gorgias.send("PUT", "/customers/" + id + "/data",
                "{\"data\":{\"points\":1},\"version\":\"2026-01-01T00:00:00+00:00\"}");
        HttpResult missing = gorgias.send("PUT", "/customers/" + id + "/data", "{\"version\":\"2026-01-03T00:00:00Z\"}");

        // "Set a customer's data" (developers.gorgias.com): 202 Accepted with an empty body.
        assertThat(stored.status()).isEqualTo(202);
        assertThat(stored.body()).isEmpty();
        assertThat(older.status()).isEqualTo(202);
        assertThat(gorgias.get("/customers/" + id).json().path("data").path("points").asInt()).isEqualTo(6656);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(sandbox.gorgias().customerByEmail("data@x.com").orElseThrow().data().orElseThrow()
                .path("points").asInt()).isEqualTo(6656);
    }

    @Test
    void aMergedCustomerRedirectsEveryCallToTheSurvivor() {
        // "Merge two customers" (developers.gorgias.com/reference/merge-customers): PUT /api/customers/merge
        // with source_id and target_id; the source is merged into the target, then deleted. Changelog "301
        // redirects on merged customers": /api/customers/{id}/* then answers 301, empty body, to the survivor.
        long source = gorgias.createdId("/customers", "{\"email\":\"old@x.com\"}");
        long target = gorgias.createdId("/customers", "{\"email\":\"new@x.com\"}");
        gorgias.send("PUT", "/customers/" + source + "/data", "{\"data\":{\"points\":5}}");

        HttpResult merged = gorgias.send("PUT", "/customers/merge?source_id=" + source + "&target_id=" + target,
                "{\"name\":\"Merged Name\"}");
        HttpResult get = gorgias.get("/customers/" + source);
        HttpResult setData = gorgias.send("PUT", "/customers/" + source + "/data", "{\"data\":{\"points\":6}}");

        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().path("id").asLong()).isEqualTo(target);
        assertThat(merged.json().path("name").asText()).isEqualTo("Merged Name");
        assertThat(merged.json().path("data").path("points").asInt()).isEqualTo(5);
        assertThat(get.status()).isEqualTo(301);
        assertThat(get.body()).isEmpty();
        assertThat(get.headers().firstValue("Location")).contains("/api/customers/" + target);
        assertThat(setData.status()).isEqualTo(301);
        assertThat(setData.headers().firstValue("Location")).contains("/api/customers/" + target + "/data");
        assertThat(sandbox.gorgias().customers()).extracting(c -> c.id().orElseThrow()).doesNotContain(source);
        assertThat(sandbox.gorgias().customerByEmail("new@x.com").orElseThrow().data().orElseThrow()
                .path("points").asInt()).isEqualTo(5);
    }

    @Test
    void aMergeNamingChannelsSetsThemOnTheSurvivor() {
        // "Merge two customers" lists channels among the fields the body sets on the target (the MCP server's
        // transcription, benpalmer1/Gorgias-MCP-Server src/tools/customers.ts): an agent keeping both addresses.
        long source = gorgias.createdId("/customers", "{\"email\":\"old@x.com\"}");
        long target = gorgias.createdId("/customers", "{\"email\":\"new@x.com\"}");

        gorgias.send("PUT", "/customers/merge?source_id=" + source + "&target_id=" + target,
                "{\"channels\":[{\"type\":\"email\",\"address\":\"new@x.com\",\"preferred\":true},"
                        + "{\"type\":\"email\",\"address\":\"old@x.com\"}]}");
        JsonNode channels = gorgias.get("/customers/" + target).json().path("channels");

        assertThat(channels).extracting(c -> c.path("address").asText()).containsExactly("new@x.com", "old@x.com");
        assertThat(channels).extracting(c -> c.path("preferred").asBoolean()).containsExactly(true, false);
        assertThat(channels.get(0).path("id").asLong()).isNotEqualTo(channels.get(1).path("id").asLong());
    }

    @Test
    void mergeRefusesBadIdsAndUnknownCustomers() {
        long one = gorgias.createdId("/customers", "{\"email\":\"one@x.com\"}");

        assertThat(gorgias.send("PUT", "/customers/merge?source_id=" + one, "{}").status()).isEqualTo(400);
        assertThat(gorgias.send("PUT", "/customers/merge?source_id=" + one + "&target_id=" + one, "{}").status())
                .isEqualTo(400);
        assertThat(gorgias.send("PUT", "/customers/merge?source_id=" + one + "&target_id=999", "{}").status())
                .isEqualTo(404);
        assertThat(gorgias.get("/customers/" + one).status()).isEqualTo(200);
    }

    @Test
    void pagingVisitsEach250CustomersOnceForwardAndBack() {
        for (int i = 0; i < 250; i++) {
            sandbox.gorgias().putCustomer(SandboxCustomer.builder().email("c" + i + "@x.com").build());
        }
        List<Long> forward = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        JsonNode page;
        do {
            page = gorgias.get("/customers?limit=100&order_by=created_datetime:asc"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.path("data").forEach(c -> forward.add(c.path("id").asLong()));
            cursor = page.path("meta").path("next_cursor").isNull() ? null : page.path("meta").path("next_cursor").asText();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(forward).hasSize(250).doesNotHaveDuplicates().isSorted();
        assertThat(page.path("object").asText()).isEqualTo("list");
        assertThat(page.path("uri").asText()).startsWith("/api/customers?limit=100");

        JsonNode previous = gorgias.get("/customers?limit=100&order_by=created_datetime:asc&cursor="
                + page.path("meta").path("prev_cursor").asText()).json();
        assertThat(previous.path("data")).hasSize(100);
        assertThat(previous.path("data").get(0).path("id").asLong()).isEqualTo(forward.get(100));
        assertThat(previous.path("meta").path("prev_cursor").isNull()).isFalse();
    }

    @Test
    void defaultOrderIsNewestFirstThirtyAPage() {
        for (int i = 0; i < 40; i++) {
            sandbox.gorgias().putCustomer(SandboxCustomer.builder().email("n" + i + "@x.com")
                    .createdDatetime(java.time.OffsetDateTime.parse("2021-11-01T00:00:00Z").plusMinutes(i)).build());
        }

        JsonNode page = gorgias.get("/customers").json();

        assertThat(page.path("data")).hasSize(30);
        assertThat(page.path("data").get(0).path("email").asText()).isEqualTo("n39@x.com");
        assertThat(page.path("meta").path("prev_cursor").isNull()).isTrue();
        assertThat(page.path("meta").path("next_cursor").isTextual()).isTrue();
    }

    @Test
    void filtersByEmailAndExternalId() {
        gorgias.createdId("/customers", "{\"email\":\"one@x.com\",\"external_id\":\"ext-1\"}");
        gorgias.createdId("/customers", "{\"email\":\"two@x.com\",\"external_id\":\"ext-2\"}");

        JsonNode byEmail = gorgias.get("/customers?email=ONE@x.com").json().path("data");
        JsonNode byExternal = gorgias.get("/customers?external_id=ext-2").json().path("data");

        assertThat(byEmail).extracting(c -> c.path("email").asText()).containsExactly("one@x.com");
        assertThat(byExternal).extracting(c -> c.path("email").asText()).containsExactly("two@x.com");
    }

    @Test
    void updatedOrderingFollowsUpdates() {
        long first = gorgias.createdId("/customers", "{\"email\":\"first@x.com\"}");
        gorgias.createdId("/customers", "{\"email\":\"second@x.com\"}");
        gorgias.send("PUT", "/customers/" + first, "{\"note\":\"touched\"}");

        JsonNode page = gorgias.get("/customers?order_by=updated_datetime:desc").json().path("data");

        assertThat(page.get(0).path("id").asLong()).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=ten", "order_by=name:asc", "cursor=bm90LWEtY3Vyc29y",
        "cursor=%21%21"})
    void invalidListParametersAre400(String query) {
        HttpResult answer = gorgias.get("/customers?" + query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").path("data").size()).isEqualTo(1);
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        for (int i = 0; i < 3; i++) {
            gorgias.createdId("/customers", "{\"email\":\"o" + i + "@x.com\"}");
        }
        String cursor = gorgias.get("/customers?limit=1").json().path("meta").path("next_cursor").asText();

        assertThat(gorgias.get("/customers?limit=1&order_by=created_datetime:asc&cursor=" + cursor).status())
                .isEqualTo(400);
        assertThat(gorgias.get("/customers?limit=1&cursor=" + cursor).json().path("data")).hasSize(1);
    }

    @Test
    void putCustomerAssignsIdsAndKeepsGivenOnes() {
        long assigned = sandbox.gorgias().putCustomer(SandboxCustomer.builder().email("a@x.com").build());
        long given = sandbox.gorgias().putCustomer(SandboxCustomer.builder().id(99_000_000L).email("b@x.com").build());
        long next = sandbox.gorgias().putCustomer(SandboxCustomer.builder().email("c@x.com").build());

        assertThat(given).isEqualTo(99_000_000L);
        assertThat(next).isEqualTo(99_000_001L);
        Set<Long> ids = new HashSet<>();
        sandbox.gorgias().customers().forEach(c -> ids.add(c.id().orElseThrow()));
        assertThat(ids).containsExactlyInAnyOrder(assigned, given, next);
        assertThat(gorgias.get("/customers/" + given).json().path("email").asText()).isEqualTo("b@x.com");
    }
}
