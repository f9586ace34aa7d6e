package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GorgiasAuthAndRateLimitTest {
    private static final String LIMIT = "X-Gorgias-Account-Api-Call-Limit";

    private final ManualTime time = ManualTime.create();
    private Sandbox sandbox;
    private GorgiasCalls gorgias;

    @BeforeEach
    void start() {
        sandbox = Sandbox.builder().gorgiasEmail("agent@acme.test").gorgiasApiKey(Secret.of("key-123"))
                .gorgiasBearerToken(Secret.of("oauth-token")).gorgiasBudget(3, Duration.ofSeconds(6))
                .clock(time.clock()).start();
        gorgias = new GorgiasCalls(sandbox.gorgias());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wrongOrMissingCredentialsAre401WithTheVendorBody() {
        HttpResult wrongKey = gorgias.send("GET", "/customers", null, basic("agent@acme.test:nope"));
        HttpResult wrongUser = gorgias.send("GET", "/customers", null, basic("other@acme.test:key-123"));
        HttpResult none = gorgias.send("GET", "/customers", null, null);
        HttpResult wrongBearer = gorgias.send("GET", "/customers", null, "Bearer nope");

        for (HttpResult result : new HttpResult[] {wrongKey, wrongUser, none, wrongBearer}) {
            assertThat(result.status()).isEqualTo(401);
            assertThat(result.body()).isEqualTo("{\"error\":{\"msg\":\"Unauthorized.\"}}");
            assertThat(result.header(LIMIT)).contains("0/3");
        }
    }

    @Test
    void basicAndConfiguredBearerAreAccepted() {
        assertThat(gorgias.get("/customers").status()).isEqualTo(200);
        assertThat(gorgias.send("GET", "/customers", null, "Bearer oauth-token").status()).isEqualTo(200);
        assertThat(gorgias.send("GET", "/customers", null, basic("AGENT@acme.test:key-123")).status()).isEqualTo(200);
    }

    @Test
    void overBudgetIs429WithRetryAfterAndTheCallLimit() {
        assertThat(gorgias.get("/customers").header(LIMIT)).contains("1/3");
        assertThat(gorgias.get("/customers").header(LIMIT)).contains("2/3");
        assertThat(gorgias.get("/customers").header(LIMIT)).contains("3/3");

        HttpResult limited = gorgias.get("/customers");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-after")).contains("2");
        assertThat(limited.header(LIMIT)).contains("3/3");
        assertThat(limited.json().path("error").path("msg").asText()).isEqualTo("Too many requests.");
    }

    @Test
    void theBucketDrainsWithTheSandboxClock() {
        for (int i = 0; i < 3; i++) {
            gorgias.get("/customers");
        }
        assertThat(gorgias.get("/customers").status()).isEqualTo(429);

        time.advance(Duration.ofSeconds(2));

        HttpResult after = gorgias.get("/customers");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header(LIMIT)).contains("3/3");
    }

    @Test
    void aTwoSecondBucketOfTenDrainsOneRequestPer200Milliseconds() {
        // any limit and window: Gorgias documents the leaky bucket (https://developers.gorgias.com/reference/limitations)
        sandbox.gorgias().budget(10, Duration.ofSeconds(2));
        for (int i = 0; i < 10; i++) {
            gorgias.get("/customers");
        }
        HttpResult limited = gorgias.get("/customers");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-after")).contains("1");
        assertThat(limited.header(LIMIT)).contains("10/10");

        time.advance(Duration.ofMillis(200));
        assertThat(gorgias.get("/customers").header(LIMIT)).contains("10/10");
        time.advance(Duration.ofMillis(1000));
        assertThat(gorgias.get("/customers").header(LIMIT)).contains("6/10");
    }

    @Test
    void budgetCanBeChangedAndResetRestoresTheConfiguredOne() {
        sandbox.gorgias().budget(1, Duration.ofSeconds(10));
        assertThat(gorgias.get("/customers").header(LIMIT)).contains("1/1");
        HttpResult limited = gorgias.get("/customers");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-after")).contains("10");

        sandbox.reset();

        assertThat(gorgias.get("/customers").header(LIMIT)).contains("1/3");
    }

    @Test
    void budgetRejectsNonsense() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> sandbox.gorgias().budget(0, Duration.ofSeconds(1)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Sandbox.builder().gorgiasBudget(5, Duration.ZERO));
    }
}
