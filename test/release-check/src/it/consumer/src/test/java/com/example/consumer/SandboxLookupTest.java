package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

/** What a user's first test looks like: the bridge against the sandbox's sample data. */
class SandboxLookupTest {

    @Test
    void looksUpTheSampleMember() {
        try (Sandbox sandbox = Sandbox.startWithSampleData();
             AnnexCloudClient annex = AnnexCloudClient.builder()
                     .baseUri(sandbox.annexCloud().baseUri())
                     .siteId(sandbox.annexCloud().siteId())
                     .secret(sandbox.annexCloud().secret())
                     .build();
             GorgiasClient gorgias = GorgiasClient.builder()
                     .baseUri(sandbox.gorgias().baseUri())
                     .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey())
                     .build()) {
            LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build();

            LoyaltyCard card = bridge.lookup("john.doe@example.com");

            assertTrue(card.member(), "member");
            assertEquals("Silver", card.tier().flatMap(tier -> tier.current()).orElse(null), "current tier");
        }
    }
}
