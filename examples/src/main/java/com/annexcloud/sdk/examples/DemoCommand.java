package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.InstallHandler;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.SidebarPreview;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code demo [--port N] [--activity N] [--rewards] [--redemptions N]}: the sandbox with sample data, the bridge
 * (its cards listing recent activity, rewards and redemptions unless the {@link CardOptions} say otherwise) and the
 * widget server, all in this process and on 127.0.0.1, with a fresh demo token, and the sidebar preview at {@code /} ({@link PreviewPage});
 * prints the URLs, a ready curl line, one card, the
 * {@code export} lines that point the other commands at this sandbox, and the one-click install of a public
 * Gorgias app (OAuth2, approved at once by the sandbox) on the same server.
 */
@Command(name = "demo", abbreviateSynopsis = true, description = {"The sandbox with sample data and the widget server, on 127.0.0.1; needs no settings.",
        "Its cards list recent activity, rewards and redemptions with their codes unless the options say otherwise.",
        "Serves the sidebar preview at /; prints a curl line, a member's card and the export lines for the other commands."})
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE_MEMBER = "john.doe@example.com";
    static final String SAMPLE_NON_MEMBER = "nina.nonmember@example.com";
    /** A sample member in the Gold tier, whose ticket the routing hook tags {@code loyalty-gold}. */
    static final String SAMPLE_GOLD_MEMBER = "amelia.silva@example.com";
    private static final String JAR = "java -jar examples/target/bridge-example.jar";
    /** The widget URL the demo's install and preview name: Gorgias calls only https URLs on public hosts. */
    private static final String PLACEHOLDER_WIDGET_URL = "https://loyalty.example.com" + WidgetEndpoint.DEFAULT_PATH;

    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    private PortOption port;

    @Mixin
    private RoutingOptions routing;

    @Mixin
    private CardOptions cards;

    DemoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        SandboxData data = SandboxData.sample();
        Sandbox sandbox = Sandbox.builder().data(data).start();
        AnnexCloudClient annex = AnnexCloudClient.builder()
                .baseUri(sandbox.annexCloud().baseUri())
                .siteId(sandbox.annexCloud().siteId())
                .secret(sandbox.annexCloud().secret())
                .build();
        GorgiasClient gorgias = GorgiasClient.builder()
                .baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey())
                .build();
        Runnable stop = () -> {
            gorgias.close();
            annex.close();
            sandbox.close();
        };
        LoyaltyBridge bridge = cards.applyTo(LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias),
                CardOptions.Defaults.DEMO).build();
        String token = newDemoToken();
        WidgetEndpoint widget = WidgetEndpoint.builder().bridge(bridge).bearerToken(Secret.of(token))
                .ticketRouting(routing.routing(true)).build();
        PreviewPage preview = previewPage(widget, token, data);
        AtomicReference<WidgetEndpoint> routes = new AtomicReference<>(preview.routedWith(widget));
        WidgetServer server;
        try {
            server = startServer(request -> routes.get().handle(request));
            // the install's redirect URI is on this server, known once it listens
            routes.set(preview.routedWith(
                    InstallHandler.fromEnv(installSettings(sandbox, token, server.uri())).routedWith(widget)));
        } catch (RuntimeException e) {
            stop.run();
            throw e;
        }
        String widgetUrl = server.uri() + WidgetEndpoint.DEFAULT_PATH;
        out.println("Sandbox Annex Cloud API: " + sandbox.annexCloud().baseUri());
        out.println("Sandbox Gorgias API:     " + sandbox.gorgias().baseUri());
        out.println("Widget endpoint:         " + widgetUrl);
        out.println("Sidebar preview:         " + server.uri() + PreviewPage.PATH
                + "   (open in a browser: the card agents see, for any sample email)");
        out.println("Demo bearer token:       " + token + "   (made up for this run; the sandbox holds no real data)");
        out.println();
        out.println("Try it:");
        out.println("  curl -s -H 'Authorization: Bearer " + token + "' '" + widgetUrl + "?email=" + SAMPLE_MEMBER + "'");
        out.println("  curl -s -H 'Authorization: Bearer " + token + "' '" + widgetUrl + "?email=" + SAMPLE_NON_MEMBER + "'");
        out.println(routeLine(sandbox, token, widgetUrl));
        out.println();
        out.println("The card of " + SAMPLE_MEMBER + ":");
        out.println(bridge.lookup(SAMPLE_MEMBER).toJson());
        out.println();
        out.println("The one-click install of a public Gorgias app (OAuth2; the sandbox approves at once):");
        out.println("  curl -sL '" + server.uri() + InstallHandler.INSTALL_PATH + "?account=" + sandbox.gorgias().account() + "'");
        out.println();
        out.println("To run the other commands against this sandbox, paste these lines into another terminal:");
        exports(sandbox, token).forEach((name, value) -> out.println("  export " + name + "=" + shellQuoted(value)));
        out.println("  " + JAR + " lookup " + SAMPLE_MEMBER);
        out.println("  " + JAR + " sync gorgias-to-annex");
        out.println("  printf '%s\\n' " + SAMPLE_MEMBER + " ava.nguyen@example.com > members.txt");
        out.println("  " + JAR + " sync annex-to-gorgias --members members.txt");
        out.println("(the sandbox lives as long as this demo; its data starts over at the next demo)");
        out.println();
        out.println("listening on " + server.uri() + " - press Ctrl-C to stop");
        out.flush();
        ServeCommand.awaitShutdown(() -> {
            server.close();
            stop.run();
        });
        return BridgeExample.OK;
    }

    /**
     * The curl line that calls the routing hook as Gorgias would for a new ticket of the sample Gold member (opened
     * in the sandbox for it), and how to see its tags; a comment when {@code --no-routing} turned the hook off.
     */
    private String routeLine(Sandbox sandbox, String token, String widgetUrl) {
        if (!routing.routing(true).enabled()) {
            return "  (the routing hook is off: --no-routing)";
        }
        long ticket = sandbox.gorgias().createTicket(SAMPLE_GOLD_MEMBER, "Where are my points?");
        return "  curl -s -X POST -H 'Authorization: Bearer " + token + "' -H 'Content-Type: application/json' -d '"
                + "{\"ticket_id\": \"" + ticket + "\", \"email\": \"" + SAMPLE_GOLD_MEMBER + "\"}' '" + widgetUrl + "/route'"
                + "   # tags the Gold member's sandbox ticket " + ticket;
    }

    /** The settings of every command for this sandbox, in the order the README lists them. */
    static Map<String, String> exports(Sandbox sandbox, String token) {
        Map<String, String> exports = new LinkedHashMap<>();
        exports.put("ANNEXCLOUD_BASE_URL", sandbox.annexCloud().baseUri().toString());
        exports.put("ANNEXCLOUD_SITE_ID", sandbox.annexCloud().siteId());
        exports.put("ANNEXCLOUD_SECRET", sandbox.annexCloud().secret().reveal());
        exports.put("GORGIAS_BASE_URL", sandbox.gorgias().baseUri().toString());
        exports.put("GORGIAS_EMAIL", sandbox.gorgias().email());
        exports.put("GORGIAS_API_KEY", sandbox.gorgias().apiKey().reveal());
        exports.put("BRIDGE_TOKEN", token);
        return exports;
    }

    /**
     * What {@link InstallHandler#fromEnv} reads, for this sandbox's OAuth app and a server at {@code server}. The
     * widget URL the installed integration calls is a placeholder: Gorgias calls only https URLs on public hosts.
     */
    static Map<String, String> installSettings(Sandbox sandbox, String token, URI server) {
        return Map.of("GORGIAS_CLIENT_ID", sandbox.gorgias().oauthClientId(),
                "GORGIAS_CLIENT_SECRET", sandbox.gorgias().oauthClientSecret().reveal(),
                InstallHandler.ENV_PUBLIC_URL, server.toString(),
                InstallHandler.ENV_BRIDGE_TOKEN, token,
                InstallHandler.ENV_WIDGET_URL, PLACEHOLDER_WIDGET_URL,
                InstallHandler.ENV_ACCOUNT_URL, sandbox.gorgias().accountUri().toString());
    }

    /** The preview of the widget the demo's install creates, over {@code widget}'s cards, offering the data's emails. */
    static PreviewPage previewPage(WidgetEndpoint widget, String token, SandboxData data) {
        GorgiasSetup setup = GorgiasSetup.builder().publicUrl(URI.create(PLACEHOLDER_WIDGET_URL))
                .bearerToken(Secret.of(token)).build();
        return new PreviewPage(SidebarPreview.of(setup), widget, Secret.of(token), sampleEmails(data));
    }

    /** The sandbox's emails, members first (the first is {@link #SAMPLE_MEMBER} in the sample), then non-members. */
    static List<String> sampleEmails(SandboxData data) {
        LinkedHashSet<String> emails = new LinkedHashSet<>();
        data.members().stream().map(SandboxMember::email).flatMap(Optional::stream).forEach(emails::add);
        data.customers().stream().map(SandboxCustomer::email).flatMap(Optional::stream).forEach(emails::add);
        return List.copyOf(emails);
    }

    /** The value in single quotes, as POSIX shells read it back unchanged. */
    static String shellQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** On the port asked for; when none was and 8080 is taken, on a free one. */
    private WidgetServer startServer(WidgetEndpoint endpoint) {
        IntFunction<WidgetServer> on = p -> WidgetServer.start(endpoint, WidgetServer.LOOPBACK, p,
                ServerLimits.defaults(), err);
        if (port.given()) {
            return ServeCommand.listen(() -> on.apply(port.value()));
        }
        try {
            return on.apply(port.value());
        } catch (UncheckedIOException busy) {
            err.println("port " + port.value() + " is busy; using a free port instead");
            return on.apply(0);
        }
    }

    private static String newDemoToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
