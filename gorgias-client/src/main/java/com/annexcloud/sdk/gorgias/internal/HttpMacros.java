package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.gorgias.MacrosAsync;
import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.Macro;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@link MacrosAsync} over the HTTP pipeline; a lost create is found again by its external id, when it has one. */
final class HttpMacros extends HttpCollection<Macro, CreateMacro> implements MacrosAsync {

    HttpMacros(ResourceCalls calls, Exchange exchange) {
        super(calls, exchange, "/macros", Macro.class);
    }

    @Override
    public CompletableFuture<Macro> get(long id) {
        return calls.read(exchange, PipelineRequest.get(itemPath(id), Map.of()), Macro.class);
    }

    @Override
    Optional<Function<Exchange, CompletableFuture<Optional<Macro>>>> landed(CreateMacro request) {
        return request.externalId().map(externalId -> exchange -> Futures.map(calls.findAll(exchange, collection,
                Macro.class, macro -> macro.externalId().filter(externalId::equals).isPresent()),
                matches -> matches.stream().max(Comparator.comparingLong(Macro::id))));
    }
}
