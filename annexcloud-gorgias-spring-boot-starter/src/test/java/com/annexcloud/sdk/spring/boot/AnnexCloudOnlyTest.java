package com.annexcloud.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.GorgiasInstaller;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.GoodwillAward;
import com.annexcloud.sdk.bridge.model.RewardRedemption;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The starter with Annex Cloud's properties and the bridge token only: no Gorgias client, yet the card and its buttons. */
class AnnexCloudOnlyTest {
    private static final String MEMBER = "john.doe@example.com";

    @BeforeEach
    void reset() {
        Sandbox.shared().reset();
    }

    @Test
    void threePropertiesServeTheCardTheAwardAndTheRedeem() {
        SandboxContexts.annexCloudOnly().run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(GorgiasClient.class).doesNotHaveBean(GorgiasInstaller.class)
                    .hasSingleBean(WidgetEndpoint.class);
            LoyaltyBridge bridge = context.getBean(LoyaltyBridge.class);

            assertThat(bridge.lookup(MEMBER).points().flatMap(p -> p.available()))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6656"));
            assertThat(bridge.awardGoodwill(GoodwillAward.builder().email(MEMBER).ticketId("4711").points(50)
                    .reason("goodwill").build()).card().points().flatMap(p -> p.available()))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6706"));
            assertThat(bridge.redeemReward(RewardRedemption.builder().email(MEMBER).ticketId("4711").rewardId("111")
                    .build()).card().points().flatMap(p -> p.available()))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6206"));
        });
    }

    @Test
    void whatNeedsGorgiasFailsNamingTheMissingProperties() {
        SandboxContexts.annexCloudOnly().run(context ->
                assertThatThrownBy(() -> context.getBean(LoyaltySync.class)
                        .gorgiasToAnnexCloud(SyncOptions.builder().build()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("Gorgias is not configured: set gorgias.base-url or gorgias.account, gorgias.email, "
                                + "gorgias.api-key"));
    }

    @Test
    void aPartialGorgiasConfigurationFailsStartupNamingWhatIsMissing() {
        SandboxContexts.annexCloudOnly().withPropertyValues("gorgias.email=agent@example.com").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("gorgias.base-url or gorgias.account, gorgias.api-key must be set"));
        SandboxContexts.annexCloudOnly().withPropertyValues("gorgias.account=acme", "gorgias.api-key=key-4711").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessage("gorgias.email must be set"));
    }

    @Test
    void healthIsAnnexCloudsAndSaysGorgiasIsNotConfigured() {
        SandboxContexts.annexCloudOnly().run(context -> {
            Health health = context.getBean(LoyaltyHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("annexcloud", "UP").containsEntry("gorgias", "not configured");
        });
        SandboxContexts.annexCloudOnly().withPropertyValues("annexcloud.secret=wrong-annex-secret-4711").run(context ->
                assertThat(context.getBean(LoyaltyHealthIndicator.class).health().getStatus()).isEqualTo(Status.DOWN));
    }

    @Test
    void startupVerificationChecksAnnexCloudOnly() {
        SandboxContexts.annexCloudOnly().withPropertyValues("loyalty.verify-credentials-at-startup=true")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
