package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member of a site with decimal precision, which sends every points figure as a decimal string
 * ({@code "1250.75"}, {@code "6656.00"}), shows the exact figures in the widget JSON of {@code lookup}.
 */
class DecimalPointsCardTest {
    private static final String DORA = "dora@example.com";

    private final Sandbox sandbox = Sandbox.builder().annexDecimalPlaces(2).data(SandboxData.builder()
            .addMembers(SandboxMember.builder().id(DORA).email(DORA).firstName("Dora")
                    .availablePoints(new BigDecimal("1250.75")).lifetimePoints(6656).usedPoints(new BigDecimal("0.5"))
                    .build())
            .build()).start();
    private final ClientOptions options = ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1).build();
    private final AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
            .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret()).options(options).build();
    private final GorgiasClient gorgias = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
            .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey()).options(options).build();

    @AfterEach
    void close() {
        annex.close();
        gorgias.close();
        sandbox.close();
    }

    @Test
    void theCardShowsDecimalPointsExactlyAndWholePointsWhole() {
        String card = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build().lookup(DORA).toJson();

        assertThat(card).contains("\"available\":1250.75", "\"lifetime\":6656,", "\"used\":0.5,",
                "\"currencyValue\":1250.75", "\"pointsToNext\":3344");
        assertThat(card).doesNotContain("6656.00", "E+", "\"1250.75\"");
    }
}
