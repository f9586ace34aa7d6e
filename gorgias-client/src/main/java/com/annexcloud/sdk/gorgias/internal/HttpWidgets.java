package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Exchange;
import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.gorgias.WidgetsAsync;
import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.Widget;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@link WidgetsAsync} over the HTTP pipeline; a create is sent once (a widget has no key to find it again by). */
final class HttpWidgets extends HttpCollection<Widget, CreateWidget> implements WidgetsAsync {

    HttpWidgets(ResourceCalls calls, Exchange exchange) {
        super(calls, exchange, "/widgets", Widget.class);
    }

    /** The widgets of one integration, page by page as iterated. */
    PagedIterable<Widget> list(long integrationId) {
        Checks.requirePositive(integrationId, "integrationId");
        return calls.list(exchange, collection, Map.of("integration_id", Long.toString(integrationId)), type);
    }

    @Override
    Optional<Function<Exchange, CompletableFuture<Optional<Widget>>>> landed(CreateWidget request) {
        return Optional.empty();
    }
}
