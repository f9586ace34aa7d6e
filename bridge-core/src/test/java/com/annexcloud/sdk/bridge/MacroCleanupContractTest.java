package com.annexcloud.sdk.bridge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.GorgiasChange;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Uninstall's macro cleanup against Gorgias's documented answers (docs/vendor-facts-agent-workflow.md, "Gorgias
 * macros"): the list takes {@code archived} (default false) and {@code DELETE /api/macros/{id}} answers 204, or
 * 409 for a macro an active rule uses (the public MCP server benpalmer1/Gorgias-MCP-Server, {@code
 * src/tools/macros.ts}; the spec-derived withone.ai pages). Macro objects in the shape of the Gorgias reference
 * "The Macro object".
 */
class MacroCleanupContractTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GorgiasClient gorgias = AnnexStubs.gorgias(wm);

    @AfterEach
    void close() {
        gorgias.close();
    }

    private static String macro(long id, String key, String archived) {
        return "{\"id\":" + id + ",\"external_id\":\"annexcloud-loyalty:" + key + "\",\"name\":\"Loyalty: " + key + "\","
                + "\"intent\":null,\"language\":\"en\",\"usage\":12,\"uri\":\"/api/macros/" + id + "/\","
                + "\"created_datetime\":\"2026-01-01T09:00:00.000000+00:00\","
                + "\"updated_datetime\":\"2026-01-01T09:00:00.000000+00:00\",\"archived_datetime\":" + archived + ","
                + "\"actions\":[{\"name\":\"addTags\",\"title\":\"Add tags\",\"type\":\"user\",\"arguments\":{\"tags\":\"loyalty\"}}]}";
    }

    private static String page(String data) {
        return "{\"object\":\"list\",\"uri\":\"/api/macros\",\"data\":[" + data + "],"
                + "\"meta\":{\"prev_cursor\":null,\"next_cursor\":null}}";
    }

    @Test
    void a409OnOneMacroIsReportedAndTheOthersAndTheArchivedOneAreStillDeleted() {
        wm.stubFor(get(urlEqualTo("/api/integrations")).willReturn(okJson(page(""))));
        wm.stubFor(get(urlEqualTo("/api/macros")).willReturn(okJson(page(
                macro(8001, "points-balance", "null") + "," + macro(8002, "tier-status", "null")))));
        wm.stubFor(get(urlEqualTo("/api/macros?archived=true")).willReturn(okJson(page(
                macro(8003, "goodwill-points", "\"2026-02-01T09:00:00.000000+00:00\"")))));
        wm.stubFor(delete(urlEqualTo("/api/macros/8001")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"This macro is used by a rule.\",\"data\":{}}}")));
        wm.stubFor(delete(urlEqualTo("/api/macros/8002")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(delete(urlEqualTo("/api/macros/8003")).willReturn(aResponse().withStatus(204)));

        List<GorgiasChange> changes = GorgiasInstaller.of(gorgias).uninstall(GorgiasSetup.DEFAULT_NAME);

        assertThat(changes).extracting(c -> c.key().orElseThrow() + " " + c.id() + " " + c.action()).containsExactly(
                "points-balance 8001 KEPT_IN_USE", "tier-status 8002 REMOVED", "goodwill-points 8003 REMOVED");
        wm.verify(1, deleteRequestedFor(urlEqualTo("/api/macros/8001")));
        wm.verify(1, deleteRequestedFor(urlEqualTo("/api/macros/8003")));
    }
}
