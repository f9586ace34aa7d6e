package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.Timeouts;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GorgiasClientBuilderTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Secret KEY = Secret.of(GorgiasFixture.API_KEY);

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("GORGIAS_BASE_URL", wm.baseUrl() + "/api");
        env.put("GORGIAS_EMAIL", GorgiasFixture.EMAIL);
        env.put("GORGIAS_API_KEY", GorgiasFixture.API_KEY);
        return env;
    }

    @Test
    void buildNamesTheMissingSetting() {
        assertThatThrownBy(() -> GorgiasClient.builder().basicAuth("a@b.co", KEY).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUri");
        assertThatThrownBy(() -> GorgiasClient.builder().account("acme").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("basicAuth").hasMessageContaining("bearerToken");
    }

    @Test
    void accountBuildsTheGorgiasHost() {
        try (GorgiasClient client = GorgiasClient.builder().account("acme").basicAuth("a@b.co", KEY).build()) {
            assertThat(client.toString()).isEqualTo("GorgiasClient[https://acme.gorgias.com/api]");
            assertThat(client.rateLimitStatus().limit()).isEqualTo(40);
            assertThat(client.rateLimitStatus().window()).isEqualTo(Duration.ofSeconds(20));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme", "acme.evil.com", "-acme", "acme/x", "ac me"})
    void accountMustBeASubdomain(String account) {
        assertThatThrownBy(() -> GorgiasClient.builder().account(account))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account");
    }

    @Test
    void baseUriMustBeAbsoluteHttp() {
        assertThatThrownBy(() -> GorgiasClient.builder().baseUri(URI.create("acme.gorgias.com/api")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUri");
        assertThatThrownBy(() -> GorgiasClient.builder().baseUri(URI.create("ftp://acme.gorgias.com/api")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUri");
    }

    @Test
    void basicAuthChecksTheEmail() {
        assertThatThrownBy(() -> GorgiasClient.builder().basicAuth("bot", KEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
    }

    @Test
    void rateLimitOverridesTheDefaultOfTheAuthKind() {
        try (GorgiasClient bearer = GorgiasClient.builder().account("acme").bearerToken(() -> KEY).build();
             GorgiasClient custom = GorgiasClient.builder().account("acme").bearerToken(() -> KEY)
                     .rateLimit(GorgiasRateLimit.of(40, Duration.ofSeconds(10))).build()) {
            assertThat(bearer.rateLimitStatus().limit()).isEqualTo(80);
            assertThat(custom.rateLimitStatus().limit()).isEqualTo(40);
            assertThat(custom.rateLimitStatus().window()).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void fromEnvConfiguresBaseUriAndBasicAuth() {
        wm.stubFor(get("/api/customers/1").willReturn(okJson(GorgiasFixture.customer(1, "a@b.co"))));
        GorgiasFixture fixture = new GorgiasFixture(wm);

        try (GorgiasClient client = GorgiasClient.builder().fromEnv(env()).options(fixture.options().build())
                .timeouts(Timeouts.builder().overall(Duration.ofSeconds(10)).build()).build()) {
            assertThat(client.customers().get(1).id()).isEqualTo(1L);
        }

        wm.verify(1, getRequestedFor(urlEqualTo("/api/customers/1"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC)));
    }

    @Test
    void staticFromEnvBuildsAClient() {
        try (GorgiasClient client = GorgiasClient.fromEnv(env())) {
            assertThat(client.toString()).isEqualTo("GorgiasClient[" + wm.baseUrl() + "/api]");
        }
    }

    @Test
    void processFromEnvNamesTheFirstMissingVariable() {
        Assumptions.assumeTrue(System.getenv("GORGIAS_BASE_URL") == null, "GORGIAS_BASE_URL is set here");

        assertThatThrownBy(GorgiasClient::fromEnv).isInstanceOf(IllegalStateException.class)
                .hasMessage("GORGIAS_BASE_URL is not set");
    }

    @Test
    void fromEnvNamesAnInvalidVariableAndNeverTheKey() {
        Map<String, String> env = env();
        env.put("GORGIAS_EMAIL", "not-an-email");

        assertThatThrownBy(() -> GorgiasClient.fromEnv(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("GORGIAS_EMAIL is invalid: email")
                .hasMessageNotContaining(env.get("GORGIAS_API_KEY"));
        env.put("GORGIAS_EMAIL", GorgiasFixture.EMAIL);
        env.put("GORGIAS_BASE_URL", "ftp://acme.gorgias.com/api");
        assertThatThrownBy(() -> GorgiasClient.fromEnv(env)).hasMessageStartingWith("GORGIAS_BASE_URL is invalid: baseUri");
        // user info may hold a password; a query would be glued to every path (review of issue 16, D9)
        for (String url : List.of("https://user:url-password-4711@acme.gorgias.com/api",
                "https://acme.gorgias.com/api?a=1", "https://user:url-password-4711@acme.gorgias.com/a b")) {
            env.put("GORGIAS_BASE_URL", url);
            assertThatThrownBy(() -> GorgiasClient.fromEnv(env)).hasMessageStartingWith("GORGIAS_BASE_URL is invalid: baseUri")
                    .hasMessageNotContaining("url-password-4711");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GORGIAS_BASE_URL", "GORGIAS_EMAIL", "GORGIAS_API_KEY"})
    void fromEnvNamesTheMissingVariable(String name) {
        Map<String, String> env = env();
        env.put(name, " ");

        assertThatThrownBy(() -> GorgiasClient.fromEnv(env)).isInstanceOf(IllegalStateException.class)
                .hasMessage(name + " is not set");
        env.remove(name);
        assertThatThrownBy(() -> GorgiasClient.fromEnv(env)).hasMessage(name + " is not set");
    }
}
