package com.annexcloud.sdk.loyalty.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.loyalty.Users;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.OptInStatus;
import com.annexcloud.sdk.loyalty.model.UpdateUser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@link Users} over {@code /users}. */
final class UsersResource implements Users {
    private static final Function<Reply, AnnexUser> READ_USER = reply -> reply.as(reply.unwrapData(), AnnexUser.class);

    private final AnnexCloudCalls calls;

    UsersResource(AnnexCloudCalls calls) {
        this.calls = calls;
    }

    @Override
    public AnnexUser get(String id) {
        return calls.send(getRequest(id), READ_USER);
    }

    @Override
    public CompletableFuture<AnnexUser> getAsync(String id) {
        return calls.sendAsync(getRequest(id), READ_USER);
    }

    @Override
    public AnnexUser create(CreateUser request) {
        return calls.send(createRequest(request), READ_USER);
    }

    @Override
    public CompletableFuture<AnnexUser> createAsync(CreateUser request) {
        return calls.sendAsync(createRequest(request), READ_USER);
    }

    @Override
    public AnnexUser update(String id, UpdateUser request) {
        return calls.send(patchRequest(id, Checks.requireNonNull(request, "request")), READ_USER);
    }

    @Override
    public CompletableFuture<AnnexUser> updateAsync(String id, UpdateUser request) {
        return calls.sendAsync(patchRequest(id, Checks.requireNonNull(request, "request")), READ_USER);
    }

    @Override
    public AnnexUser optIn(String id) {
        return calls.send(optInRequest(id, OptInStatus.YES), READ_USER);
    }

    @Override
    public CompletableFuture<AnnexUser> optInAsync(String id) {
        return calls.sendAsync(optInRequest(id, OptInStatus.YES), READ_USER);
    }

    @Override
    public AnnexUser optOut(String id) {
        return calls.send(optInRequest(id, OptInStatus.NO), READ_USER);
    }

    @Override
    public CompletableFuture<AnnexUser> optOutAsync(String id) {
        return calls.sendAsync(optInRequest(id, OptInStatus.NO), READ_USER);
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
