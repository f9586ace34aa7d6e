package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-call Gorgias setup against the sandbox's integrations and widgets. */
class GorgiasSetupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SyncFixture fixture = new SyncFixture(SandboxData.empty(), 40, Duration.ofSeconds(20));
    private final GorgiasInstaller installer = GorgiasInstaller.of(fixture.gorgias);
    private final GorgiasSetup setup = GorgiasSetup.builder()
            .publicUrl(URI.create("https://loyalty.acme.test/gorgias/loyalty"))
            .bearerToken(Secret.of("setup-bridge-token")).routingHook(false).build();  // the card alone; hook: GorgiasSetupMacrosAndRoutingTest

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void installsTheIntegrationAndItsWidget() {
        GorgiasInstallation installed = installer.install(setup);

        assertThat(installed.integrationCreated()).isTrue();
        assertThat(installed.widgetCreated()).isTrue();
        JsonNode integration = fixture.sandbox.gorgias().integrations().get(0);
        assertThat(integration.path("name").asText()).isEqualTo("Annex Cloud Loyalty");
        assertThat(integration.path("type").asText()).isEqualTo("http");
        JsonNode http = integration.path("http");
        assertThat(http.path("url").asText()).isEqualTo("https://loyalty.acme.test/gorgias/loyalty"
                + "?email={{ticket.customer.email}}&firstName={{ticket.customer.firstname}}"
                + "&lastName={{ticket.customer.lastname}}");
        assertThat(http.path("method").asText()).isEqualTo("GET");
        assertThat(http.path("headers").path("Authorization").asText()).isEqualTo("Bearer setup-bridge-token");
        // The Integration object keys triggers with underscores (docs/vendor-facts-agent-workflow.md, "HTTP
        // integration triggers and templates"); ticket_message_created refreshes the card when the customer writes.
        assertThat(http.path("triggers")).isEqualTo(JSON.createObjectNode().put("ticket_created", true)
                .put("ticket_updated", true).put("ticket_message_created", true));
        JsonNode widget = fixture.sandbox.gorgias().widgets().get(0);
        assertThat(widget.path("integration_id").asLong()).isEqualTo(installed.integrationId());
        assertThat(widget.path("context").asText()).isEqualTo("ticket");
        String template = widget.path("template").toString();
        assertThat(template).contains("\"type\":\"points\"").contains("\"type\":\"date\"")
                .contains("\"path\":\"pointsToNext\"").contains("Add 50 points")
                .contains("https://loyalty.acme.test/gorgias/loyalty/award");
    }

    @Test
    void installingTwiceLeavesOneIntegrationAndOneWidget() {
        GorgiasInstallation first = installer.install(setup);
        GorgiasInstallation second = installer.install(GorgiasSetup.builder().from(setup)
                .bearerToken(Secret.of("rotated-token")).build());

        assertThat(second.integrationCreated()).isFalse();
        assertThat(second.widgetCreated()).isFalse();
        assertThat(second.integrationId()).isEqualTo(first.integrationId());
        assertThat(fixture.sandbox.gorgias().integrations()).hasSize(1);
        assertThat(fixture.sandbox.gorgias().widgets()).hasSize(1);
        assertThat(fixture.sandbox.gorgias().integrations().get(0).path("http").path("headers").path("Authorization")
                .asText()).isEqualTo("Bearer rotated-token");
    }

    @Test
    void reinstallingReactivatesTheIntegrationGorgiasDeactivatedUnderItsId() throws Exception {
        // Gorgias keys customer data by integration id and deactivates after 100 failures; "Update an
        // integration" (developers.gorgias.com) takes deactivated_datetime: null to reactivate.
        GorgiasInstallation first = installer.install(setup);
        deactivate(first.integrationId());

        GorgiasInstallation again = installer.install(setup);

        assertThat(again.integrationCreated()).isFalse();
        assertThat(again.widgetCreated()).isFalse();
        assertThat(again.integrationId()).isEqualTo(first.integrationId());
        assertThat(again.widgetId()).isEqualTo(first.widgetId());
        assertThat(fixture.sandbox.gorgias().integrations()).singleElement()
                .satisfies(integration -> assertThat(integration.path("deactivated_datetime").isNull()).isTrue());
    }

    @Test
    void ofTwoActiveCopiesTheOldestIsKept() {
        GorgiasInstallation first = installer.install(setup);
        fixture.gorgias.integrations().create(CreateIntegration.builder().name("Annex Cloud Loyalty")
                .http(HttpSettings.builder().url("https://old.example/x").build()).build());

        GorgiasInstallation again = installer.install(setup);

        assertThat(again.integrationId()).isEqualTo(first.integrationId());
        assertThat(fixture.sandbox.gorgias().integrations()).extracting(i -> i.path("id").asLong())
                .containsExactly(first.integrationId());
    }

    @Test
    void reinstallingKeepsTheActiveCopyOverOneGorgiasDeactivated() throws Exception {
        GorgiasInstallation first = installer.install(setup);
        deactivate(first.integrationId());
        fixture.gorgias.integrations().create(CreateIntegration.builder().name("Annex Cloud Loyalty")
                .http(HttpSettings.builder().url("https://old.example/x").build()).build());

        GorgiasInstallation again = installer.install(setup);

        assertThat(fixture.sandbox.gorgias().integrations()).hasSize(1);
        assertThat(fixture.sandbox.gorgias().integrations().get(0).path("id").asLong())
                .isEqualTo(again.integrationId()).isNotEqualTo(first.integrationId());
        assertThat(fixture.sandbox.gorgias().integrations().get(0).path("deactivated_datetime").isNull()).isTrue();
        assertThat(fixture.sandbox.gorgias().widgets()).hasSize(1);
        assertThat(fixture.sandbox.gorgias().widgets().get(0).path("integration_id").asLong())
                .isEqualTo(again.integrationId());
    }

    /** What Gorgias does itself after 100 consecutive failures. */
    private void deactivate(long integrationId) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((fixture.sandbox.gorgias().email() + ":"
                + fixture.sandbox.gorgias().apiKey().reveal()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(fixture.sandbox.gorgias().baseUri() + "/integrations/" + integrationId))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"deactivated_datetime\":\"2026-11-01T00:00:00+00:00\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fixture.sandbox.gorgias().integrations().get(0).path("deactivated_datetime").isNull()).isFalse();
    }

    @Test
    void uninstallRemovesTheIntegrationAndItsWidgetOnly() {
        installer.install(GorgiasSetup.builder().from(setup).name("Other app").build());
        installer.install(setup);

        assertThat(installer.uninstall("Annex Cloud Loyalty")).isNotEmpty();
        assertThat(installer.uninstall("Annex Cloud Loyalty")).isEmpty();

        assertThat(fixture.sandbox.gorgias().integrations()).extracting(i -> i.path("name").asText())
                .containsExactly("Other app");
        assertThat(fixture.sandbox.gorgias().widgets()).hasSize(1);
        assertThat(fixture.sandbox.gorgias().macros()).extracting(m -> m.path("external_id").asText())
                .containsExactly("annexcloud-loyalty:Other app:points-balance", "annexcloud-loyalty:Other app:tier-status",
                        "annexcloud-loyalty:Other app:goodwill-points");
    }

    @Test
    void setupRefusesWhatGorgiasCouldNotCall() {
        assertThatThrownBy(() -> GorgiasSetup.builder().publicUrl(URI.create("http://loyalty.acme.test/x"))
                .bearerToken(Secret.of("t")).build()).hasMessageContaining("https");
        assertThatThrownBy(() -> GorgiasSetup.builder().publicUrl(URI.create("https://loyalty.acme.test/x?a=1"))
                .bearerToken(Secret.of("t")).build()).hasMessageContaining("query");
    }

    /** The endpoint matches its path exactly, so ".../loyalty/" would make the card and ".../loyalty//route" 404s. */
    @ParameterizedTest
    @ValueSource(strings = {"https://loyalty.acme.test/gorgias/loyalty/", "https://loyalty.acme.test/"})
    void setupRefusesAPublicUrlEndingInASlash(String url) {
        assertThatThrownBy(() -> GorgiasSetup.builder().publicUrl(URI.create(url)).bearerToken(Secret.of("t")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("publicUrl must not end with '/'");
    }

    @Test
    void setupNeverShowsTheTokenInToString() {
        assertThat(setup.toString()).doesNotContain("setup-bridge-token");
    }

    @Test
    void theInstallerNeedsAClientAndNeverShowsItsSecret() {
        assertThatThrownBy(() -> GorgiasInstaller.of(null)).isInstanceOf(NullPointerException.class).hasMessage("gorgias");
        assertThatThrownBy(() -> installer.install(null)).isInstanceOf(NullPointerException.class).hasMessage("setup");
        assertThat(installer.toString()).startsWith("GorgiasInstaller[")
                .doesNotContain(fixture.sandbox.gorgias().apiKey().reveal());
    }
}
