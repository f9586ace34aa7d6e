package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.LenientValues;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.ResendCheck;
import com.annexcloud.sdk.gorgias.IntegrationsAsync;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link IntegrationsAsync} over the HTTP pipeline; a lost create is found again by its name, and an update
 * reads the integration first so the settings it does not carry are kept ({@link IntegrationUpdate}).
 */
final class HttpIntegrations extends HttpCollection<Integration, CreateIntegration> implements IntegrationsAsync {

    /** The type of the integrations this SDK creates and looks for. */
    private static final String HTTP = "http";
    /** Gorgias's creation timestamp, which the model keeps among its additional properties. */
    private static final String CREATED = "created_datetime";

    HttpIntegrations(ResourceCalls calls, Exchange exchange) {
        super(calls, exchange, "/integrations", Integration.class);
    }

    @Override
    CompletableFuture<Integration> update(Exchange exchange, long id, CreateIntegration request) {
        Checks.requireNonNull(request, "request");
        String path = itemPath(id);
        return Futures.flatMap(calls.call(exchange, PipelineRequest.get(path, Map.of()),
                        (response, sent) -> Json.readTree(response, sent.description())), current -> {
                    ObjectNode body = IntegrationUpdate.body(current, request);
                    return calls.redacting(IntegrationSecrets.of(body))
                            .read(exchange, ResourceCalls.put(path, body), Integration.class);
                });
    }

    @Override
    ResourceCalls callsSending(CreateIntegration request) {
        return calls.redacting(IntegrationSecrets.of(Json.mapper().valueToTree(request)));
    }

    /**
     * Finds the lost create: an HTTP integration of the request's name (the type the installer looks for too),
     * the newest (highest id) of those not created before the call started. When the only matches were
     * created before it, they are another integration of that name, not the lost one: the check is {@link
     * ResendCheck.Undecided}. A match without {@code created_datetime} is taken as possibly the lost one.
     */
    @Override
    Optional<Function<Exchange, CompletableFuture<Optional<Integration>>>> landed(CreateIntegration request) {
        Instant started = calls.now();
        return Optional.of(exchange -> Futures.map(calls.findAll(exchange, collection, Integration.class,
                        integration -> HTTP.equals(integration.type()) && integration.name().equals(request.name())),
                matches -> {
                    Optional<Integration> newest = matches.stream()
                            .filter(integration -> !createdBefore(integration, started))
                            .max(Comparator.comparingLong(Integration::id));
                    if (newest.isEmpty() && !matches.isEmpty()) {
                        throw new ResendCheck.Undecided("the only integrations of that name existed before the create");
                    }
                    return newest;
                }));
    }

    /** Whether Gorgias says the integration was created before {@code instant}; false when it does not say. */
    private static boolean createdBefore(Integration integration, Instant instant) {
        JsonNode created = integration.additionalProperties().get(CREATED);
        if (created == null || !created.isTextual()) {
            return false;
        }
        try {
            return LenientValues.parseDateTime(created.asText()).toInstant().isBefore(instant);
        } catch (DateTimeException unreadable) {
            return false;
        }
    }
}
