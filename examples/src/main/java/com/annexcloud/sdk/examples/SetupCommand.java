package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * {@code install --public-url URL [--name NAME] [--award-points N]} and {@code uninstall [--name NAME]}:
 * the one-call Gorgias setup of the HTTP integration and its sidebar widget.
 */
final class SetupCommand {
    private final ExampleConfig config;
    private final PrintStream out;

    SetupCommand(ExampleConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int install(List<String> args) {
        String url = option(args, "--public-url").orElseThrow(
                () -> new UsageException("install needs --public-url https://…/gorgias/loyalty (where Gorgias reaches serve)"));
        var setup = GorgiasSetup.builder().bearerToken(config.bridgeToken());
        option(args, "--name").ifPresent(setup::name);
        option(args, "--award-points").ifPresent(points -> setup.awardButtonPoints(number(points, "--award-points")));
        GorgiasSetup checked;
        try {
            checked = setup.publicUrl(URI.create(url)).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("install: " + e.getMessage());
        }
        try (Upstreams upstreams = Upstreams.fromConfig(config, SyncListener.none())) {
            GorgiasInstallation installed = upstreams.bridge().installGorgiasIntegration(checked);
            out.printf("{\"integrationId\":%d,\"widgetId\":%d,\"integrationCreated\":%b,\"widgetCreated\":%b}%n",
                    installed.integrationId(), installed.widgetId(), installed.integrationCreated(), installed.widgetCreated());
            return BridgeExample.OK;
        }
    }

    int uninstall(List<String> args) {
        String name = option(args, "--name").orElse(GorgiasSetup.DEFAULT_NAME);
        try (Upstreams upstreams = Upstreams.fromConfig(config, SyncListener.none())) {
            boolean removed = upstreams.bridge().uninstallGorgiasIntegration(name);
            out.println(removed ? "removed the integration '" + name + "' and its widget"
                    : "no integration named '" + name + "' was installed");
            return BridgeExample.OK;
        }
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        if (at + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
        }
        return Optional.of(args.get(at + 1));
    }

    private static long number(String text, String name) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number");
        }
    }
}
