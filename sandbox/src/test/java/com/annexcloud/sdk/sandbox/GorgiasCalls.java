package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Sends raw Gorgias requests with HTTP Basic credentials (or any Authorization header). */
final class GorgiasCalls {
    private final GorgiasEmulator gorgias;

    GorgiasCalls(GorgiasEmulator gorgias) {
        this.gorgias = gorgias;
    }

    String basic() {
        String pair = gorgias.email() + ":" + gorgias.apiKey().reveal();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    HttpResult get(String path) {
        return send("GET", path, null, basic());
    }

    /** POSTs {@code json} to {@code path}, checks the 201, and answers the created object's id. */
    long createdId(String path, String json) {
        HttpResult created = send("POST", path, json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    HttpResult send(String method, String path, String json) {
        return send(method, path, json, basic());
    }

    HttpResult send(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = HttpResult.request(gorgias.baseUri(), path)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpResult.send(request.build());
    }
}
