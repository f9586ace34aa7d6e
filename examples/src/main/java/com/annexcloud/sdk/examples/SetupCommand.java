package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.model.GorgiasChange;
import com.annexcloud.sdk.bridge.model.GorgiasChange.Action;
import com.annexcloud.sdk.bridge.model.GorgiasChange.Kind;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code install} and {@code uninstall}: the one-call Gorgias setup of the HTTP integration and its sidebar
 * widget, the routing hook and the loyalty macros, Gorgias only. Both print what they changed as one JSON line
 * of the same shape: {@code {"name":"…","integration":{"id":12,"action":"created"},"widget":{…},
 * "routingHook":{…},"macros":[{"key":"points-balance","id":8001,"action":"unchanged"},…]}}, the action one of
 * {@code created}, {@code updated}, {@code unchanged}, {@code removed} or {@code absent} (nothing there; no id),
 * and for a macro also {@code kept_in_use} (an active rule uses it, so Gorgias refused the delete) or {@code
 * kept_changed} (an extra copy that differs from ours, left alone).
 */
final class SetupCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SetupCommand() {
    }

    /** The JSON line for one installation name and the changes of one install or uninstall. */
    static String changes(String name, List<GorgiasChange> changes) {
        ObjectNode line = JSON.createObjectNode().put("name", name);
        line.set("integration", part(changes, Kind.INTEGRATION));
        line.set("widget", part(changes, Kind.WIDGET));
        line.set("routingHook", part(changes, Kind.ROUTING_HOOK));
        ArrayNode macros = line.putArray("macros");
        changes.stream().filter(change -> change.kind() == Kind.MACRO)
                .forEach(change -> macros.add(describe(change).put("key", change.key().orElseThrow())));
        return line.toString();
    }

    /** The first change of that kind that kept the object, else the first that removed one, else "absent". */
    private static ObjectNode part(List<GorgiasChange> changes, Kind kind) {
        List<GorgiasChange> ofKind = changes.stream().filter(change -> change.kind() == kind).toList();
        return ofKind.stream().filter(change -> change.action() != Action.REMOVED).findFirst()
                .or(() -> ofKind.stream().findFirst())
                .map(SetupCommand::describe)
                .orElseGet(() -> JSON.createObjectNode().put("action", "absent"));
    }

    private static ObjectNode describe(GorgiasChange change) {
        return JSON.createObjectNode().put("id", change.id())
                .put("action", change.action().name().toLowerCase(Locale.ROOT));
    }

    /** {@code install --public-url URL [--name NAME] [--award-points N]}. */
    @Command(name = "install", description = {"Create, or bring up to date, the Gorgias HTTP integration, its widget,"
            + " the routing hook and the loyalty macros.",
            "Needs GORGIAS_BASE_URL, GORGIAS_EMAIL, GORGIAS_API_KEY and BRIDGE_TOKEN (the header Gorgias will send)."})
    static final class Install implements Callable<Integer> {
        private final ExampleConfig config;
        private final PrintStream out;

        @Option(names = "--public-url", required = true, paramLabel = "<url>",
                description = "Where Gorgias reaches serve: an https URL ending in /gorgias/loyalty.")
        private String publicUrl;

        @Mixin
        private IntegrationNameOption name;

        @Option(names = "--award-points", paramLabel = "<n>",
                description = "Add a goodwill button that credits this many points.")
        private Long awardPoints;

        @Option(names = "--no-macros", description = "Skip the loyalty macros (and remove ours installed before).")
        private boolean noMacros;

        @Option(names = "--no-routing-hook",
                description = "Skip the routing hook that POSTs new tickets to <url>/route (and remove one installed before).")
        private boolean noRoutingHook;

        Install(ExampleConfig config, PrintStream out) {
            this.config = config;
            this.out = out;
        }

        @Override
        public Integer call() {
            config.require(ExampleConfig.GORGIAS, ExampleConfig.TOKEN);
            GorgiasSetup setup;
            try {
                var builder = GorgiasSetup.builder().bearerToken(config.bridgeToken()).name(name.value())
                        .publicUrl(URI.create(publicUrl)).macros(!noMacros).routingHook(!noRoutingHook);
                if (awardPoints != null) {
                    builder.awardButtonPoints(awardPoints);
                }
                setup = builder.build();
            } catch (IllegalArgumentException e) {
                throw new UsageException("install: " + e.getMessage());
            }
            try (Upstreams upstreams = Upstreams.gorgias(config)) {
                out.println(changes(setup.name(), upstreams.installer().install(setup).changes()));
                return BridgeExample.OK;
            }
        }
    }

    /** {@code uninstall [--name NAME]}. */
    @Command(name = "uninstall", description = {"Remove the Gorgias HTTP integration, its widget, the routing hook and our macros.",
            "Needs GORGIAS_BASE_URL, GORGIAS_EMAIL and GORGIAS_API_KEY."})
    static final class Uninstall implements Callable<Integer> {
        private final ExampleConfig config;
        private final PrintStream out;

        @Mixin
        private IntegrationNameOption name;

        Uninstall(ExampleConfig config, PrintStream out) {
            this.config = config;
            this.out = out;
        }

        @Override
        public Integer call() {
            config.require(ExampleConfig.GORGIAS);
            try (Upstreams upstreams = Upstreams.gorgias(config)) {
                out.println(changes(name.value(), upstreams.installer().uninstall(name.value())));
                return BridgeExample.OK;
            }
        }
    }
}
