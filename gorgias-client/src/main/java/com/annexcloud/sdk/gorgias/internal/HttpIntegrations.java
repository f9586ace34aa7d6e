package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.gorgias.Integrations;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.Integration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** {@link Integrations} over the HTTP pipeline; a lost create is found again by its name. */
final class HttpIntegrations extends HttpCollection<Integration, CreateIntegration> implements Integrations {

    HttpIntegrations(ResourceCalls calls) {
        super(calls, "/integrations", Integration.class);
    }

    @Override
    public Integration get(long id) {
        return Exchange.await(get(calls.blocking, id));
    }

    @Override
    public CompletableFuture<Integration> getAsync(long id) {
        return get(calls.async, id);
    }

    private CompletableFuture<Integration> get(Exchange exchange, long id) {
        return calls.read(exchange, PipelineRequest.get(itemPath(id), Map.of()), Integration.class);
    }

    @Override
    Optional<Supplier<CompletableFuture<Optional<Integration>>>> landed(Exchange exchange, CreateIntegration request) {
        return Optional.of(() -> calls.findFirst(exchange, collection, Integration.class,
                integration -> integration.name().equals(request.name())));
    }
}
