package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.SyncOptions;
import org.junit.jupiter.api.Test;

class SyncOptionsTest {
    @Test
    void defaultsAreDocumented() {
        SyncOptions defaults = SyncOptions.defaults();

        assertThat(defaults.concurrency()).isEqualTo(4);
        assertThat(defaults.dryRun()).isFalse();
        assertThat(defaults.forceOptIn()).isFalse();
        assertThat(defaults.jobName()).isEqualTo("default");
        assertThat(defaults.updatedSince()).isEmpty();
        assertThat(defaults.leaseWait()).isZero();
    }

    @Test
    void refusesSettingsOutOfRange() {
        assertThatThrownBy(() -> SyncOptions.builder().concurrency(0).build()).hasMessageContaining("concurrency");
        assertThatThrownBy(() -> SyncOptions.builder().concurrency(65).build()).hasMessageContaining("concurrency");
        assertThatThrownBy(() -> SyncOptions.builder().jobName("../x").build()).hasMessageContaining("jobName");
        assertThatThrownBy(() -> SyncOptions.builder().leaseWait(java.time.Duration.ofSeconds(-1)).build())
                .hasMessageContaining("leaseWait");
    }
}
