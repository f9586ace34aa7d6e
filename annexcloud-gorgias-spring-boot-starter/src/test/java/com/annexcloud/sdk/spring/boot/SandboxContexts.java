package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.sandbox.Sandbox;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Context runners with the starter's auto-configuration, pointed at the JVM-wide sandbox. */
final class SandboxContexts {
    static final String BRIDGE_TOKEN = "starter-test-bridge-token";

    private SandboxContexts() {
    }

    /** The starter on the shared sandbox, with a bridge token. */
    static ApplicationContextRunner onSandbox() {
        return bare().withPropertyValues(onSandboxProperties());
    }

    /** The three properties the card, award and redeem need: the shared sandbox's Annex Cloud and a bridge token. */
    static ApplicationContextRunner annexCloudOnly() {
        Map<String, String> annexCloud = Sandbox.shared().properties();
        return bare().withPropertyValues("annexcloud.base-url=" + annexCloud.get("annexcloud.base-url"),
                "annexcloud.site-id=" + annexCloud.get("annexcloud.site-id"),
                "annexcloud.secret=" + annexCloud.get("annexcloud.secret"), "loyalty.bridge-token=" + BRIDGE_TOKEN);
    }

    /** The starter on {@code sandbox}, with a bridge token. */
    static ApplicationContextRunner on(Sandbox sandbox) {
        return bare().withPropertyValues(properties(sandbox));
    }

    /** The shared sandbox's properties and a bridge token, as {@code name=value}. */
    static String[] onSandboxProperties() {
        return properties(Sandbox.shared());
    }

    private static String[] properties(Sandbox sandbox) {
        Map<String, String> properties = new java.util.LinkedHashMap<>(sandbox.properties());
        properties.put("loyalty.bridge-token", BRIDGE_TOKEN);
        return properties.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** The starter's auto-configuration and no properties. */
    static ApplicationContextRunner bare() {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LoyaltyAutoConfiguration.class,
                LoyaltyObservationAutoConfiguration.class, LoyaltyHealthAutoConfiguration.class));
    }
}
