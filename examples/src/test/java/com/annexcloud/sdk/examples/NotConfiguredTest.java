package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.gorgias.GorgiasClient;
import org.junit.jupiter.api.Test;

/** The stand-in for the client of a vendor a command does not use. */
class NotConfiguredTest {

    @Test
    void itClosesQuietlyAndRefusesEveryCallNamingTheSettings() {
        GorgiasClient standIn = NotConfigured.client(GorgiasClient.class, ExampleConfig.GORGIAS);

        standIn.close();
        assertThat(standIn).hasToString("GorgiasClient[not configured]").isEqualTo(standIn);
        assertThatThrownBy(standIn::customers).isInstanceOf(UsageException.class)
                .hasMessageContaining("GORGIAS_BASE_URL, GORGIAS_EMAIL, GORGIAS_API_KEY");
    }
}
