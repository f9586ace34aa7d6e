package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.Secret;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of an integration body that may be credentials: the texts under {@code http.headers},
 * {@code http.hmac_secret} and {@code http.oauth2} of at least {@link #MIN_LENGTH} characters, except a
 * {@code Content-Type} header's. They are kept out of error messages of the call that sends them, as
 * Gorgias might echo a rejected value; shorter values ({@code "2"}, {@code "true"}) are not credentials, and
 * blanking them would garble the rest of the message wherever they occur.
 */
final class IntegrationSecrets {
    /** The shortest value taken for a credential. */
    static final int MIN_LENGTH = 8;

    private static final List<String> SECRET_SETTINGS = List.of("headers", "hmac_secret", "oauth2");
    private static final String CONTENT_TYPE = "content-type";

    private IntegrationSecrets() {
    }

    static List<Secret> of(JsonNode body) {
        List<Secret> secrets = new ArrayList<>();
        JsonNode http = body.path("http");
        SECRET_SETTINGS.forEach(setting -> collect(http.path(setting), secrets));
        return secrets;
    }

    private static void collect(JsonNode node, List<Secret> secrets) {
        if (node.isObject()) {
            node.properties().stream().filter(field -> !field.getKey().equalsIgnoreCase(CONTENT_TYPE))
                    .forEach(field -> collect(field.getValue(), secrets));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, secrets));
        } else if (node.isTextual() && node.asText().trim().length() >= MIN_LENGTH) {
            secrets.add(Secret.of(node.asText()));
        }
    }
}
