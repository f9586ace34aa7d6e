package com.annexcloud.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.sandbox.Sandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The health indicator on the sandbox, which answers as Annex Cloud and Gorgias do: AC1002/401 and 401. */
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
    void canBeTurnedOff() {
        SandboxContexts.onSandbox().withPropertyValues("management.health.loyalty.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(LoyaltyHealthIndicator.class));
    }
}
