package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestOptions;

/**
 * A {@link GorgiasClient} whose operations return futures: reached through {@link GorgiasClient#async()},
 * sharing its pipeline, rate-limit pacer and credentials. Each resource has the blocking resource's
 * operations under the same names (listings that fetch as they are iterated stay on the blocking view); the
 * futures never block a thread and fail with the exceptions the blocking resource documents.
 *
 * <p>Cancelling a returned future stops the call: no further attempt, retry wait, lost-answer lookup or
 * resend is made, and the request in flight is abandoned (the JDK transport closes its connection). A write
 * the server already received may still take effect: cancelling does not undo it.
 */
public interface GorgiasClientAsync {

    /** Gorgias customers. */
    CustomersAsync customers();

    /** Gorgias integrations. */
    IntegrationsAsync integrations();

    /** Gorgias sidebar widgets. */
    WidgetsAsync widgets();

    /** Gorgias macros. */
    MacrosAsync macros();

    /** Gorgias tickets. */
    TicketsAsync tickets();

    /** The blocking view of the same client. */
    GorgiasClient sync();

    /** Like {@link GorgiasClient#withOptions(RequestOptions)}, for this view. */
    GorgiasClientAsync withOptions(RequestOptions options);
}
