package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.OutcomeUnknownException;
import com.annexcloud.sdk.core.TransportResponse;
import java.time.Instant;
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
     * the request again. A future that fails with {@link Undecided} means the check found a trace it cannot
     * attribute; a future that fails otherwise means the check could not run (the lookup failed, was rate
     * limited or ran out of deadline). Either way whether the lost attempt took effect is unknown: the request
     * is not sent again and the call ends with an {@link OutcomeUnknownException} (never retryable), whose
     * cause is the check's failure and which holds the lost attempt's failure as suppressed. Requests the check makes must be over by {@code deadline}, the remaining
     * overall deadline of the call ({@link PipelineRequest#withDeadline}).
     */
    CompletableFuture<Optional<TransportResponse>> settled(Instant deadline);

    /** The check's verdict that the lost attempt may or may not have taken effect; the message says why. */
    final class Undecided extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Creates the verdict; {@code reason} must hold no secret. */
        public Undecided(String reason) {
            super(reason);
        }
    }
}
