package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.TransportResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Asked by the {@link HttpPipeline} before it sends again a request whose answer was lost (an I/O failure
 * after connecting, a timeout, 408 or a 5xx status; not a refused connection or a 429): whether the lost
 * attempt took effect after all. A client puts one on a
 * write the server may not deduplicate, so that a retry never applies it twice.
 */
@FunctionalInterface
public interface ResendCheck {

    /**
     * The answer that stands for the lost one when the earlier attempt is found applied, or empty to send
     * the request again. A future that fails means it cannot be told: the call then ends with the lost
     * attempt's own outcome and is not sent again.
     */
    CompletableFuture<Optional<TransportResponse>> settled();
}
