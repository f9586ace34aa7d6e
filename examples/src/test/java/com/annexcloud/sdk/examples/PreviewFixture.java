package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.GoodwillAward;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;

/**
 * The demo's preview page as {@link DemoCommand} wires it, on a sandbox with the sample data, over a bridge whose
 * cards list what the demo's do (recent activity, rewards, redemptions); {@link #awardGoodwill} gives a member an
 * activity line.
 */
final class PreviewFixture implements AutoCloseable {
    static final String TOKEN = "preview-test-token";

    final Sandbox sandbox;
    final LoyaltyBridge bridge;
    final PreviewPage page;
    private final AnnexCloudClient annex;
    private final GorgiasClient gorgias;
    private final WidgetEndpoint widget;

    PreviewFixture() {
        SandboxData data = SandboxData.sample();
        sandbox = Sandbox.builder().data(data).start();
        annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri()).siteId(sandbox.annexCloud().siteId())
                .secret(sandbox.annexCloud().secret()).build();
        gorgias = GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey()).build();
        bridge = new CardOptions().applyTo(LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias),
                CardOptions.Defaults.DEMO).build();
        widget = bridge.widgetEndpoint(Secret.of(TOKEN));
        page = DemoCommand.previewPage(widget, TOKEN, data);
    }

    /** The demo's routes: the preview at {@code /}, the widget endpoint below {@code /gorgias/loyalty}. */
    WidgetEndpoint routes() {
        return page.routedWith(widget);
    }

    /** Credits goodwill points as the sidebar's button does, which the member's history then lists. */
    void awardGoodwill(String email, long points, String reason) {
        bridge.awardGoodwill(GoodwillAward.builder().email(email).ticketId("4711").points(points).reason(reason).build());
    }

    @Override
    public void close() {
        gorgias.close();
        annex.close();
        sandbox.close();
    }
}
