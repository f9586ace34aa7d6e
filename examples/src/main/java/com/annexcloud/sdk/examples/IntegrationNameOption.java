package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import picocli.CommandLine.Option;

/** {@code --name N} of {@code install} and {@code uninstall}: which Gorgias HTTP integration. */
final class IntegrationNameOption {
    @Option(names = "--name", paramLabel = "<name>", defaultValue = GorgiasSetup.DEFAULT_NAME,
            description = "The integration's name (default: ${DEFAULT-VALUE}).")
    private String name;

    String value() {
        return name;
    }
}
