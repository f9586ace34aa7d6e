package com.annexcloud.sdk.spring.boot.internal;

import java.util.Locale;
import java.util.Set;

/** The names under which the starter's secrets appear in Spring's environment and configuration properties. */
public final class SecretKeys {
    /** The secrets' names without case, dots, dashes or underscores, as Spring's relaxed binding spells them. */
    private static final Set<String> SECRETS = Set.of("annexcloudsecret", "gorgiasapikey", "loyaltybridgetoken", "bridgetoken");

    private SecretKeys() {
    }

    /**
     * Whether {@code key} names one of the secrets: {@code annexcloud.secret}, {@code gorgias.api-key} (also
     * {@code gorgias.apiKey}), {@code loyalty.bridge-token}, or the variables {@code ANNEXCLOUD_SECRET},
     * {@code GORGIAS_API_KEY}, {@code BRIDGE_TOKEN}.
     */
    public static boolean isSecret(String key) {
        return key != null && SECRETS.contains(key.toLowerCase(Locale.ROOT).replaceAll("[._\\-\\[\\]]", ""));
    }
}
