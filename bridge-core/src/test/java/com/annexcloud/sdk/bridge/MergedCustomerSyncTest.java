package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Gorgias customer merged into another while a sync runs: Gorgias then answers 301 on the merged id
 * (changelog "301 redirects on merged customers"; "Merge two customers" reference, whose body sets the
 * target's fields, {@code channels} included), and the card must land on the surviving customer without
 * overwriting what that customer's data already holds, and only when the survivor carries the member's email.
 */
class MergedCustomerSyncTest {
    private final SyncFixture fixture = new SyncFixture(SandboxData.builder()
            .addMembers(SyncFixture.member(0), SyncFixture.member(1))
            .addCustomers(SyncFixture.customer(0, true), SyncFixture.customer(1, true))
            .build(), 40, Duration.ofSeconds(20));
    private final long survivor = fixture.sandbox.gorgias().putCustomer(SandboxCustomer.builder()
            .email("survivor@example.com").data(Json.mapper().createObjectNode().put("crm", "kept")).build());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCustomerMergedMidSyncGetsItsCardWrittenOnTheSurvivor() {
        long merged = fixture.sandbox.gorgias().customerByEmail(SyncFixture.email(1)).orElseThrow().id().orElseThrow();
        // Two members make one index page worth its cost, so the index (holding the merged customer's old id)
        // is read before the first member; the second member's customer is merged right after it.
        // As an agent merges two records of one person: the survivor keeps both addresses as channels.
        LoyaltySync sync = fixture.sync(soFar -> {
            if (soFar.scanned() == 1) {
                mergeInto(merged, survivor, "{\"channels\":[{\"type\":\"email\",\"address\":\"survivor@example.com\","
                        + "\"preferred\":true},{\"type\":\"email\",\"address\":\"" + SyncFixture.email(1).toUpperCase(Locale.ROOT)
                        + "\"}]}");
            }
        });

        SyncReport report = sync.annexCloudToGorgias(
                List.of(SyncFixture.email(0), SyncFixture.email(1)).iterator(),
                SyncOptions.defaults());

        assertThat(report).extracting(SyncReport::updated, SyncReport::failed).containsExactly(2L, 0L);
        JsonNode data = fixture.sandbox.gorgias().customerByEmail("survivor@example.com").orElseThrow().data().orElseThrow();
        assertThat(data.path("crm").asText()).isEqualTo("kept");
        assertThat(data.path("annexcloud_loyalty").path("email").asText()).isEqualTo(SyncFixture.email(1));
        // the customer is read afresh before the write: the read meets the 301, and nothing is put on the merged id
        assertThat(fixture.sandbox.gorgias().requests().count("GET", "/customers/" + merged)).isEqualTo(1);
        assertThat(fixture.sandbox.gorgias().requests().count("PUT", "/customers/" + merged + "/data")).isZero();
    }

    @Test
    void aSurvivorThatIsAnotherPersonGetsNoCardAndTheMemberFails() {
        long merged = fixture.sandbox.gorgias().customerByEmail(SyncFixture.email(1)).orElseThrow().id().orElseThrow();
        // Merged into a customer that does not carry the member's email: the redirect names someone else.
        LoyaltySync sync = fixture.sync(soFar -> {
            if (soFar.scanned() == 1) {
                mergeInto(merged, survivor, "{}");
            }
        });

        SyncReport report = sync.annexCloudToGorgias(
                List.of(SyncFixture.email(0), SyncFixture.email(1)).iterator(),
                SyncOptions.defaults());

        assertThat(report).extracting(SyncReport::updated, SyncReport::failed).containsExactly(1L, 1L);
        assertThat(report.failures().toString()).contains("does not carry the member's email");
        JsonNode data = fixture.sandbox.gorgias().customerByEmail("survivor@example.com").orElseThrow().data().orElseThrow();
        assertThat(data.has("annexcloud_loyalty")).isFalse();
        assertThat(fixture.sandbox.gorgias().requests().count("PUT", "/customers/" + survivor + "/data")).isZero();
    }

    /** What an agent does in Gorgias: {@code PUT /api/customers/merge?source_id=…&target_id=…} with {@code body}. */
    private void mergeInto(long source, long target, String body) {
        String credentials = Base64.getEncoder().encodeToString((fixture.sandbox.gorgias().email() + ":"
                + fixture.sandbox.gorgias().apiKey().reveal()).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(fixture.sandbox.gorgias().baseUri() + "/customers/merge?source_id=" + source
                                    + "&target_id=" + target))
                    .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
