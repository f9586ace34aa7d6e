package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SandboxConfig} picks the seed of the sandbox the extension starts. */
class SandboxConfigTest {
    @Nested
    @ExtendWith(SandboxExtension.class)
    @SandboxConfig(sampleData = false)
    class WithoutSampleData {
        @Test
        void startsEmpty(Sandbox sandbox) {
            assertThat(sandbox.annexCloud().memberCount()).isZero();
            assertThat(sandbox.gorgias().customers()).isEmpty();
        }
    }

    @Nested
    @ExtendWith(SandboxExtension.class)
    @SandboxConfig(sampleData = false, gorgiasRequests = 2, gorgiasWindowMillis = 2_000)
    class WithAGorgiasBudget {
        @Test
        void limitsGorgiasToIt(Sandbox sandbox) {
            GorgiasCalls gorgias = new GorgiasCalls(sandbox.gorgias());
            assertThat(gorgias.get("/customers").header("X-Gorgias-Account-Api-Call-Limit")).contains("1/2");
            assertThat(gorgias.get("/customers").header("X-Gorgias-Account-Api-Call-Limit")).contains("2/2");
            assertThat(gorgias.get("/customers").status()).isEqualTo(429);
        }
    }

    @Nested
    @ExtendWith(SandboxExtension.class)
    @SandboxConfig(sampleData = false, gorgiasAccount = "acme")
    class WithAnAccountName {
        @Test
        void namesTheGorgiasAccount(Sandbox sandbox) {
            assertThat(sandbox.gorgias().account()).isEqualTo("acme");
        }
    }

    @Nested
    @ExtendWith(SandboxExtension.class)
    @SandboxConfig(fixture = "fixtures/small.json")
    class WithAFixture {
        @Test
        void seedsTheFixture(Sandbox sandbox) {
            assertThat(sandbox.annexCloud().member("ada@example.com").orElseThrow().availablePoints()).isEqualByComparingTo("1500");
            assertThat(sandbox.gorgias().customers()).extracting(c -> c.id().orElseThrow()).containsExactly(4242L, 63_678_235L);
        }
    }

    @Nested
    @ExtendWith(SandboxExtension.class)
    @SandboxConfig(fixture = "fixtures/small.json", annexDecimalPlaces = 2)
    class WithDecimalPrecision {
        @Test
        void sendsPointsAsDecimalStrings(Sandbox sandbox) {
            AnnexCalls annex = new AnnexCalls(sandbox.annexCloud());

            assertThat(annex.get("/points/ada@example.com", "ada@example.com").json().path("availablePoints").asText())
                    .isEqualTo("1500.00");
        }
    }

    @Nested
    @ExtendWith(SandboxExtension.class)
    @SandboxConfig(fixture = "fixtures/small.json", annexDeduplicatesCustomId = false)
    class WithoutCustomIdDeduplication {
        @Test
        void creditsARepeatedCustomIdAgain(Sandbox sandbox) {
            AnnexCalls annex = new AnnexCalls(sandbox.annexCloud());
            String credit = "{\"id\":\"ada@example.com\",\"actionId\":\"100\",\"activity\":\"CREDIT\",\"credit\":\"5\","
                    + "\"customId\":\"same\",\"reason\":\"r\"}";

            annex.send("POST", "/points", credit);
            annex.send("POST", "/points", credit);

            assertThat(sandbox.annexCloud().member("ada@example.com").orElseThrow().availablePoints()).isEqualByComparingTo("1510");
        }
    }
}
