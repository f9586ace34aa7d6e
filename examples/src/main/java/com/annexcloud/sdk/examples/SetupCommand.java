package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.net.URI;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code install} and {@code uninstall}: the one-call Gorgias setup of the HTTP integration and its sidebar
 * widget, Gorgias only. Both print what they changed as one JSON line of the same shape:
 * {@code {"name":"…","integration":{"id":12,"action":"created"},"widget":{"id":34,"action":"updated"}}}, the
 * action one of {@code created}, {@code updated}, {@code removed} or {@code absent} (nothing to remove; no id).
 */
final class SetupCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SetupCommand() {
    }

    /** The JSON line for one installation name and what happened to its two parts. */
    static String changes(String name, OptionalLong integrationId, String integration, OptionalLong widgetId, String widget) {
        ObjectNode line = JSON.createObjectNode().put("name", name);
        part(line.putObject("integration"), integrationId, integration);
        part(line.putObject("widget"), widgetId, widget);
        return line.toString();
    }

    private static void part(ObjectNode part, OptionalLong id, String action) {
        id.ifPresent(value -> part.put("id", value));
        part.put("action", action);
    }

    /** {@code install --public-url URL [--name NAME] [--award-points N]}. */
    @Command(name = "install", description = {"Create, or bring up to date, the Gorgias HTTP integration and its widget.",
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
                        .publicUrl(URI.create(publicUrl));
                if (awardPoints != null) {
                    builder.awardButtonPoints(awardPoints);
                }
                setup = builder.build();
            } catch (IllegalArgumentException e) {
                throw new UsageException("install: " + e.getMessage());
            }
            try (Upstreams upstreams = Upstreams.gorgias(config)) {
                GorgiasInstallation installed = upstreams.installer().install(setup);
                out.println(changes(setup.name(), OptionalLong.of(installed.integrationId()),
                        installed.integrationCreated() ? "created" : "updated", OptionalLong.of(installed.widgetId()),
                        installed.widgetCreated() ? "created" : "updated"));
                return BridgeExample.OK;
            }
        }
    }

    /** {@code uninstall [--name NAME]}. */
    @Command(name = "uninstall", description = {"Remove the Gorgias HTTP integration and its widget.",
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
                String action = upstreams.installer().uninstall(name.value()) ? "removed" : "absent";
                out.println(changes(name.value(), OptionalLong.empty(), action, OptionalLong.empty(), action));
                return BridgeExample.OK;
            }
        }
    }
}
