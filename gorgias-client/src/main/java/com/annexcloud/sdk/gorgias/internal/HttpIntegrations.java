package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.gorgias.IntegrationsAsync;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link IntegrationsAsync} over the HTTP pipeline; a lost create is found again by its name, and an update
 * reads the integration first so the settings it does not carry are kept ({@link IntegrationUpdate}).
 */
final class HttpIntegrations extends HttpCollection<Integration, CreateIntegration> implements IntegrationsAsync {

    HttpIntegrations(ResourceCalls calls, Exchange exchange) {
        super(calls, exchange, "/integrations", Integration.class);
    }

    @Override
    public CompletableFuture<Integration> get(long id) {
        return calls.read(exchange, PipelineRequest.get(itemPath(id), Map.of()), Integration.class);
    }

    @Override
    CompletableFuture<Integration> update(Exchange exchange, long id, CreateIntegration request) {
        Checks.requireNonNull(request, "request");
        String path = itemPath(id);
        return calls.call(exchange, PipelineRequest.get(path, Map.of()),
                        (response, sent) -> Json.readTree(response, sent.description()))
                .thenCompose(current -> {
                    ObjectNode body = IntegrationUpdate.body(current, request);
                    return calls.redacting(IntegrationSecrets.of(body))
                            .read(exchange, ResourceCalls.put(path, body), Integration.class);
                });
    }

    @Override
    ResourceCalls callsSending(CreateIntegration request) {
        return calls.redacting(IntegrationSecrets.of(Json.mapper().valueToTree(request)));
    }

    @Override
    Optional<Function<Exchange, CompletableFuture<Optional<Integration>>>> landed(CreateIntegration request) {
        return Optional.of(exchange -> calls.findFirst(exchange, collection, Integration.class,
                integration -> integration.name().equals(request.name())));
    }
}
