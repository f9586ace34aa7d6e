package com.annexcloud.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.testsupport.HtmlNotFoundServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The health indicator on the sandbox, which answers as Annex Cloud and Gorgias do: AC1002/401 and 401
 * (Annex Cloud V3 error table; developers.gorgias.com "Errors"), 429 for Gorgias's rate limit.
 */
class LoyaltyHealthIndicatorTest {

    @BeforeEach
    void reset() {
        Sandbox.shared().reset();
    }

    @Test
    void upWithTheRightCredentials() {
        SandboxContexts.onSandbox().run(context -> {
            Health health = context.getBean(LoyaltyHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("annexcloud", "UP").containsEntry("gorgias", "UP");
        });
    }

    @Test
    void downWithAWrongAnnexCloudSecretNamingTheRefusalNotTheSecret() {
        SandboxContexts.onSandbox().withPropertyValues("annexcloud.secret=wrong-annex-secret-4711").run(context -> {
            Health health = context.getBean(LoyaltyHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("annexcloud", "AnnexCloudUnauthorizedException (HTTP 401) AC1002")
                    .containsEntry("gorgias", "UP");
            assertThat(health.toString()).doesNotContain("wrong-annex-secret-4711");
        });
    }

    @Test
    void downWhenGorgiasRefusesTheKey() {
        SandboxContexts.onSandbox().withPropertyValues("gorgias.api-key=wrong-gorgias-key").run(context -> {
            Health health = context.getBean(LoyaltyHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("annexcloud", "UP")
                    .containsEntry("gorgias", "GorgiasUnauthorizedException (HTTP 401)");
        });
    }

    @Test
    void aResultIsReusedForTheCachePeriodThenCheckedAgain() {
        Sandbox sandbox = Sandbox.shared();
        ManualTime time = ManualTime.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
        SandboxContexts.onSandbox().run(context -> {
            LoyaltyHealthIndicator indicator = new LoyaltyHealthIndicator(context.getBean(AnnexCloudClient.class),
                    context.getBean(GorgiasClient.class), Duration.ofSeconds(60), time.clock());
            sandbox.annexCloud().requests().reset();

            Health first = indicator.health();
            sandbox.annexCloud().faults().failNext("GET", "/users/.*", 401, 1);
            time.advance(Duration.ofSeconds(59));
            Health cached = indicator.health();
            time.advance(Duration.ofSeconds(1));
            Health rechecked = indicator.health();

            assertThat(first.getStatus()).isEqualTo(Status.UP);
            assertThat(cached).isSameAs(first);
            assertThat(rechecked.getStatus()).isEqualTo(Status.DOWN);
            assertThat(rechecked.getDetails()).containsEntry("checkedAt", "2026-01-01T00:01:00Z");
            assertThat(sandbox.annexCloud().requests().count("GET", "/users/.*")).isEqualTo(2);
        });
    }

    @Test
    void theStartersIndicatorIsCachedForTheConfiguredPeriod() {
        SandboxContexts.onSandbox().run(context -> {
            LoyaltyHealthIndicator indicator = context.getBean(LoyaltyHealthIndicator.class);
            assertThat(indicator.health()).isSameAs(indicator.health());
        });
        SandboxContexts.onSandbox().withPropertyValues("loyalty.health-cache-ttl=0s").run(context -> {
            LoyaltyHealthIndicator indicator = context.getBean(LoyaltyHealthIndicator.class);
            assertThat(indicator.health()).isNotSameAs(indicator.health());
        });
    }

    @Test
    void aRateLimitedProbeIsUnknownNotDownAndIsNotRetried() {
        Sandbox sandbox = Sandbox.shared();
        SandboxContexts.onSandbox().run(context -> {
            // One 429: a probe that retried would pass on its second attempt and report UP.
            sandbox.gorgias().faults().failNext("GET", "/customers", 429, 1);

            Health health = context.getBean(LoyaltyHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails()).containsEntry("annexcloud", "UP")
                    .containsEntry("gorgias", "GorgiasRateLimitedException (HTTP 429)");
        });
    }

    @Test
    void anUnreachableVendorIsUnknownNotDown() {
        SandboxContexts.onSandbox().withPropertyValues("annexcloud.base-url=http://127.0.0.1:9/api/3.0").run(context -> {
            Health health = context.getBean(LoyaltyHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails()).containsEntry("annexcloud", "TransportException");
        });
    }

    @Test
    void aBaseUrlAnsweringAnHtml404IsDown() {
        try (HtmlNotFoundServer web = HtmlNotFoundServer.start()) {
            SandboxContexts.onSandbox().withPropertyValues("annexcloud.base-url=" + web.url("/wrong")).run(context -> {
                Health health = context.getBean(LoyaltyHealthIndicator.class).health();

                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("annexcloud", "AnnexCloudEndpointNotFoundException (HTTP 404)");
            });
        }
    }

    @Test
    void canBeTurnedOff() {
        SandboxContexts.onSandbox().withPropertyValues("management.health.loyalty.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(LoyaltyHealthIndicator.class));
    }
}
