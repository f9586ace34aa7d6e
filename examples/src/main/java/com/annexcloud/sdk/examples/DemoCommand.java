package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * {@code demo [--port N]}: the sandbox with sample data, the bridge and the widget server, all in this
 * process and on 127.0.0.1, with a fresh demo token; prints the URLs, a ready curl line and one card.
 */
final class DemoCommand {
    static final String SAMPLE_MEMBER = "john.doe@example.com";

    private final PrintStream out;
    private final PrintStream err;

    DemoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        int port = BridgeExample.port(args, 8080);
        Sandbox sandbox = Sandbox.builder().data(SandboxData.sample()).start();
        AnnexCloudClient annex = AnnexCloudClient.builder()
                .baseUri(sandbox.annexCloud().baseUri())
                .siteId(sandbox.annexCloud().siteId())
                .secret(sandbox.annexCloud().secret())
                .build();
        GorgiasClient gorgias = GorgiasClient.builder()
                .baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey())
                .build();
        LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build();
        String token = newDemoToken();
        WidgetServer server = startServer(bridge, Secret.of(token), port);
        String widgetUrl = server.uri() + "/gorgias/loyalty";
        out.println("Sandbox Annex Cloud API: " + sandbox.annexCloud().baseUri());
        out.println("Sandbox Gorgias API:     " + sandbox.gorgias().baseUri());
        out.println("Widget endpoint:         " + widgetUrl);
        out.println("Demo bearer token:       " + token + "   (made up for this run; the sandbox holds no real data)");
        out.println();
        out.println("Try it:");
        out.println("  curl -s -H 'Authorization: Bearer " + token + "' '" + widgetUrl + "?email=" + SAMPLE_MEMBER + "'");
        out.println("  curl -s -H 'Authorization: Bearer " + token + "' '" + widgetUrl + "?email=nina.nonmember@example.com'");
        out.println();
        out.println("The card of " + SAMPLE_MEMBER + ":");
        out.println(bridge.lookup(SAMPLE_MEMBER).toJson());
        out.println();
        out.println("listening on " + server.uri() + " - press Ctrl-C to stop");
        out.flush();
        ServeCommand.awaitShutdown(() -> {
            server.close();
            gorgias.close();
            annex.close();
            sandbox.close();
        });
        return BridgeExample.OK;
    }

    private WidgetServer startServer(LoyaltyBridge bridge, Secret token, int port) {
        try {
            return WidgetServer.start(bridge.widgetEndpoint(token), port);
        } catch (UncheckedIOException busy) {
            err.println("port " + port + " is busy; using a free port instead");
            return WidgetServer.start(bridge.widgetEndpoint(token), 0);
        }
    }

    private static String newDemoToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
