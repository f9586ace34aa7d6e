package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.Secret;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SandboxTest {
    @Test
    void startServesBothApisEmptyOnLoopbackPorts() {
        try (Sandbox sandbox = Sandbox.start()) {
            assertThat(sandbox.annexCloud().baseUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(sandbox.gorgias().baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/api");
            assertThat(sandbox.annexCloud().memberCount()).isZero();
            assertThat(sandbox.gorgias().customers()).isEmpty();
            assertThat(sandbox.gorgias().email()).isEqualTo("bot@sandbox.test");
            assertThat(sandbox.gorgias().apiKey()).isEqualTo(Sandbox.DEFAULT_GORGIAS_API_KEY);
            assertThat(sandbox.toString()).contains("annexCloud=http://127.0.0.1").doesNotContain("secret");
            assertThat(new GorgiasCalls(sandbox.gorgias()).get("/customers").status()).isEqualTo(200);
        }
    }

    @Test
    void startWithSampleDataSeedsBothEmulators() {
        try (Sandbox sandbox = Sandbox.startWithSampleData()) {
            assertThat(sandbox.annexCloud().memberCount()).isEqualTo(SandboxData.sample().members().size());
            assertThat(sandbox.gorgias().customers()).hasSize(SandboxData.sample().customers().size());
            assertThat(sandbox.gorgias().customerByEmail("nina.nonmember@example.com")).isPresent();
            assertThat(sandbox.annexCloud().member("nina.nonmember@example.com")).isEmpty();
            assertThat(sandbox.gorgias().customerByEmail("john.doe@example.com").orElseThrow().name())
                    .contains("John Doe");
        }
    }

    @Test
    void resetReturnsToTheSeedAndClearsCountersAndFaults() {
        try (Sandbox sandbox = Sandbox.startWithSampleData()) {
            AnnexCalls annex = new AnnexCalls(sandbox.annexCloud());
            annex.send("POST", "/users", "{\"id\":\"temp@x.com\"}");
            annex.send("POST", "/points", "{\"id\":\"john.doe@example.com\",\"activity\":\"CREDIT\",\"credit\":5,"
                    + "\"reason\":\"r\",\"customId\":\"once\"}");
            long created = sandbox.gorgias().putCustomer(SandboxCustomer.builder().email("temp@x.com").build());
            sandbox.annexCloud().faults().failNext("*", ".*", 500, 10);
            sandbox.annexCloud().wrapUsersInData(true);

            sandbox.reset();

            assertThat(sandbox.annexCloud().member("temp@x.com")).isEmpty();
            assertThat(sandbox.annexCloud().member("john.doe@example.com").orElseThrow().availablePoints()).isEqualByComparingTo("6656");
            assertThat(sandbox.gorgias().customerByEmail("temp@x.com")).isEmpty();
            assertThat(sandbox.annexCloud().requests().total()).isZero();
            assertThat(annex.get("/users/john.doe@example.com", "john.doe@example.com").json().has("Data")).isFalse();
            assertThat(annex.send("POST", "/points", "{\"id\":\"john.doe@example.com\",\"activity\":\"CREDIT\","
                    + "\"credit\":5,\"reason\":\"r\",\"customId\":\"once\"}").status()).isEqualTo(200);
            assertThat(sandbox.gorgias().putCustomer(SandboxCustomer.builder().email("again@x.com").build()))
                    .isEqualTo(created);
        }
    }

    @Test
    void builderSettingsReachTheEmulators() {
        ManualTime time = ManualTime.startingAt(Instant.parse("2030-06-01T12:00:00Z"));
        TierThresholds tiers = TierThresholds.builder().tier("Member", 0).tier("VIP", 100).build();
        try (Sandbox sandbox = Sandbox.builder().annexSiteId("42").annexSecret(Secret.of("s")).annexWrapUsersInData(true)
                .gorgiasEmail("me@acme.test").tierThresholds(tiers).clock(time.clock())
                .data(SandboxData.builder().addMembers(SandboxMember.builder().id("m@x.com").earnedPoints(150).build())
                        .build())
                .start()) {
            AnnexCalls annex = new AnnexCalls(sandbox.annexCloud());
            assertThat(sandbox.annexCloud().siteId()).isEqualTo("42");
            assertThat(sandbox.gorgias().email()).isEqualTo("me@acme.test");
            assertThat(annex.send("GET", "/users/m@x.com/tiers", new byte[0], AnnexCalls.jsonString("m@x.com"),
                    annex.credentials(time.now())).json().path("currentTier").asText()).isEqualTo("VIP");
            assertThat(annex.send("GET", "/users/m@x.com", new byte[0], AnnexCalls.jsonString("m@x.com"),
                    annex.credentials(time.now())).json().path("Data").path("createDate").asText())
                    .isEqualTo("2030-06-01T05:00:00-0700");
        }
    }

    @Test
    void clientsOnTheJdkDefaultHttp2AreAnsweredOverHttp11() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            HttpClient http2 = HttpClient.newHttpClient();
            GorgiasCalls gorgias = new GorgiasCalls(sandbox.gorgias());
            HttpRequest post = HttpResult.request(sandbox.gorgias().baseUri(), "/customers")
                    .header("Authorization", gorgias.basic()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"h2@x.com\"}")).build();
            HttpRequest get = HttpResult.request(sandbox.gorgias().baseUri(), "/customers")
                    .header("Authorization", gorgias.basic()).build();

            HttpResponse<String> created = http2.send(post, HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> listed = http2.send(get, HttpResponse.BodyHandlers.ofString());

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        }
    }

    @Test
    void putMemberAddsOrReplaces() {
        try (Sandbox sandbox = Sandbox.start()) {
            sandbox.annexCloud().putMember(SandboxMember.builder().id("a@x.com").availablePoints(5).build());
            sandbox.annexCloud().putMember(SandboxMember.builder().id("A@x.com").availablePoints(7).build());

            assertThat(sandbox.annexCloud().memberCount()).isEqualTo(1);
            assertThat(sandbox.annexCloud().member("a@x.com").orElseThrow().availablePoints()).isEqualByComparingTo("7");
            assertThat(sandbox.annexCloud().member("a@x.com").orElseThrow().createDate()).isPresent();
        }
    }

    @Test
    void closeStopsTheServersAndIsIdempotent() {
        Sandbox sandbox = Sandbox.start();
        GorgiasCalls gorgias = new GorgiasCalls(sandbox.gorgias());
        assertThat(gorgias.get("/customers").status()).isEqualTo(200);

        sandbox.close();
        sandbox.close();

        assertThatThrownBy(() -> new GorgiasCalls(sandbox.gorgias()).send("POST", "/customers", "{}"))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void builderRejectsMissingValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> Sandbox.builder().annexSiteId(" "))
                .withMessageContaining("annexSiteId");
        assertThatThrownBy(() -> Sandbox.builder().clock(null)).hasMessageContaining("clock");
        assertThatThrownBy(() -> Sandbox.builder().data(null)).hasMessageContaining("data");
        assertThatIllegalArgumentException().isThrownBy(() -> Sandbox.builder().gorgiasBudget(0, Duration.ofSeconds(1)));
    }

    @Test
    void membersRejectNegativePoints() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SandboxMember.builder().id("x").availablePoints(-1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxMember.builder().id(" ").build());
    }
}
