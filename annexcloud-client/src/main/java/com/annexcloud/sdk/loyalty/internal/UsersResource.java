package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.loyalty.UsersAsync;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.OptInStatus;
import com.annexcloud.sdk.loyalty.model.UpdateUser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@link UsersAsync} over {@code /users}, through one exchange (blocking or not). */
final class UsersResource implements UsersAsync {
    private static final Function<Reply, AnnexUser> READ_USER = reply -> reply.as(reply.unwrapData(), AnnexUser.class);

    private final AnnexCloudCalls calls;
    private final Exchange exchange;

    UsersResource(AnnexCloudCalls calls, Exchange exchange) {
        this.calls = calls;
        this.exchange = exchange;
    }

    @Override
    public CompletableFuture<AnnexUser> get(String id) {
        return calls.call(exchange, getRequest(id), READ_USER);
    }

    @Override
    public CompletableFuture<AnnexUser> create(CreateUser request) {
        return calls.call(exchange, createRequest(request), READ_USER);
    }

    @Override
    public CompletableFuture<AnnexUser> update(String id, UpdateUser request) {
        return calls.call(exchange, patchRequest(id, Checks.requireNonNull(request, "request")), READ_USER);
    }

    @Override
    public CompletableFuture<AnnexUser> optIn(String id) {
        return calls.call(exchange, optInRequest(id, OptInStatus.YES), READ_USER);
    }

    @Override
    public CompletableFuture<AnnexUser> optOut(String id) {
        return calls.call(exchange, optInRequest(id, OptInStatus.NO), READ_USER);
    }

    private static PipelineRequest getRequest(String id) {
        return AnnexCloudCalls.get(AnnexCloudCalls.path("users", id, ""), id, Map.of());
    }

    /** Not retried: after a lost answer a repeated create would fail with AC1006 although it worked. */
    private static PipelineRequest createRequest(CreateUser request) {
        Checks.requireNonNull(request, "request");
        return AnnexCloudCalls.withBody("POST", "/users", request, false);
    }

    /**
     * A partial update, idempotent and so retry-safe. The body always names the member in {@code id}, as
     * Annex Cloud's SAP connector does on every PATCH (ACUserUpdateJwtRequest).
     */
    private static PipelineRequest patchRequest(String id, Object fields) {
        String path = AnnexCloudCalls.path("users", id, "");
        ObjectNode body = Json.mapper().createObjectNode().put("id", id);
        body.setAll((ObjectNode) Json.mapper().valueToTree(fields));
        return AnnexCloudCalls.withBody("PATCH", path, body, true);
    }

    private static PipelineRequest optInRequest(String id, OptInStatus status) {
        return patchRequest(id, Map.of("optInStatus", status.value()));
    }
}
