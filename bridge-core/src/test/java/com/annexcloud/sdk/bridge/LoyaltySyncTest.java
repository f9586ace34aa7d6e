package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link LoyaltySync} takes its clients, card options and cache from the bridge it is built on. */
class LoyaltySyncTest {
    private static final String MEMBER = "member@example.com";

    private final SyncFixture fixture = new SyncFixture(SandboxData.builder()
            .addMembers(SandboxMember.builder().id(MEMBER).email(MEMBER).firstName("Mia").availablePoints(800L)
                    .lifetimePoints(900L).build())
            .addCustomers(SyncFixture.customer(7, true)).build(), 40, Duration.ofSeconds(20));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theCardWrittenToGorgiasIsTheCardTheBridgeShows() throws Exception {
        LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(fixture.annex).gorgias(fixture.gorgias)
                .eligibleRewards(true).clock(fixture.time.clock()).build();

        SyncReport report = LoyaltySync.builder().bridge(bridge).build()
                .annexCloudToGorgias(List.of(MEMBER).iterator(), SyncOptions.defaults());

        assertThat(report.created()).isEqualTo(1);
        ObjectNode written = (ObjectNode) fixture.sandbox.gorgias().customerByEmail(MEMBER).orElseThrow().data()
                .orElseThrow().path("annexcloud_loyalty").deepCopy();
        written.remove("_hash");
        JsonNode shown = Json.mapper().readTree(bridge.lookup(MEMBER).toJson());
        assertThat(shown.has("rewards")).isTrue();
        assertThat(written).isEqualTo(shown);
    }

    @Test
    void enrollingDropsTheBridgesCachedCardOfThatCustomer() {
        LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(fixture.annex).gorgias(fixture.gorgias)
                .cache(Duration.ofMinutes(5), 100).clock(fixture.time.clock()).build();
        String customer = SyncFixture.email(7);
        assertThat(bridge.lookup(customer).member()).isFalse();

        SyncReport report = LoyaltySync.builder().bridge(bridge).build().gorgiasToAnnexCloud(SyncOptions.defaults());

        assertThat(report.created()).isEqualTo(1);
        assertThat(bridge.lookup(customer).member()).isTrue();
    }

    @Test
    void buildNamesTheMissingBridge() {
        assertThatThrownBy(() -> LoyaltySync.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("LoyaltySync needs bridge(LoyaltyBridge)");
    }

    @Test
    void aBridgeNotBuiltByTheBuilderIsRefused() {
        FakeBridge fake = new FakeBridge(customer -> CompletableFuture.failedFuture(new AssertionError("not called")));

        assertThatThrownBy(() -> LoyaltySync.builder().bridge(fake).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LoyaltyBridge.builder()");
    }

    @Test
    void settersRefuseNullNamingTheSetting() {
        assertThatThrownBy(() -> LoyaltySync.builder().bridge(null)).hasMessageContaining("bridge");
        assertThatThrownBy(() -> LoyaltySync.builder().checkpoints(null)).hasMessageContaining("checkpoints");
        assertThatThrownBy(() -> LoyaltySync.builder().listener(null)).hasMessageContaining("listener");
    }
}
