package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.MacrosAsync;
import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.Macro;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@link MacrosAsync} over the HTTP pipeline; a lost create is found again by its external id, when it has one,
 * among the archived macros too (an admin may archive it before the lookup runs).
 */
final class HttpMacros extends HttpCollection<Macro, CreateMacro> implements MacrosAsync {

    /** The list's filter for archived macros; without it Gorgias lists the others only. */
    private static final Map<String, String> ARCHIVED = Map.of("archived", "true");

    HttpMacros(ResourceCalls calls, Exchange exchange) {
        super(calls, exchange, "/macros", Macro.class);
    }

    /** Every archived macro ({@code archived=true}), page by page as iterated. */
    PagedIterable<Macro> archived() {
        return calls.list(exchange, collection, ARCHIVED, type);
    }

    @Override
    Optional<Function<Exchange, CompletableFuture<Optional<Macro>>>> landed(CreateMacro request) {
        return request.externalId().map(externalId -> exchange -> {
            Predicate<Macro> same = macro -> macro.externalId().filter(externalId::equals).isPresent();
            CompletableFuture<List<Macro>> active = calls.findAll(exchange, collection, Macro.class, same);
            return Futures.flatMap(active, inUse -> Futures.map(
                    calls.findAll(exchange, collection, ARCHIVED, Macro.class, same),
                    archived -> Stream.concat(inUse.stream(), archived.stream()).max(Comparator.comparingLong(Macro::id))));
        });
    }
}
