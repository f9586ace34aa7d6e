package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.Secret;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of an integration body that may be credentials: every text under {@code http.headers},
 * {@code http.hmac_secret} and {@code http.oauth2}. They are kept out of error messages of the call that
 * sends them, as Gorgias might echo a rejected value.
 */
final class IntegrationSecrets {
    private static final List<String> SECRET_SETTINGS = List.of("headers", "hmac_secret", "oauth2");

    private IntegrationSecrets() {
    }

    static List<Secret> of(JsonNode body) {
        List<Secret> secrets = new ArrayList<>();
        JsonNode http = body.path("http");
        SECRET_SETTINGS.forEach(setting -> collect(http.path(setting), secrets));
        return secrets;
    }

    private static void collect(JsonNode node, List<Secret> secrets) {
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, secrets));
        } else if (node.isTextual() && !node.asText().isBlank()) {
            secrets.add(Secret.of(node.asText()));
        }
    }
}
