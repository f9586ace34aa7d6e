package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.PagedIterable;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;

/**
 * Gorgias integrations: {@code /api/integrations}. Arguments are checked first ({@link
 * IllegalArgumentException} for a non-positive id, {@link NullPointerException} for a missing request).
 * Calls throw {@link GorgiasException} subtypes for error statuses and sdk-core's {@code
 * TransportException} or {@code UnreadableResponseException} when no usable response came; {@link
 * IntegrationsAsync} ({@code client.async().integrations()}) has them without blocking. Header values of the
 * integrations never appear in an exception message, a log line or a {@code toString()}.
 *
 * <p>Reads, updates and deletes are retried by the client's retry policy. A create is not blindly
 * retried: see {@link #create(CreateIntegration)}.
 */
public interface Integrations {

    /** Every integration of the account, fetched page by page as the result is iterated. */
    PagedIterable<Integration> list();

    /** The integration with this id ({@code GET /integrations/{id}}); {@link GorgiasNotFoundException} when there is none. */
    Integration get(long id);

    /**
     * Creates an integration ({@code POST /integrations}).
     *
     * <p>The create is retried by the retry policy: a 429 or a refused connection (nothing was created) is
     * simply sent again; after a lost answer (a transport failure after connecting, a time-out, 408 or a
     * 5xx) the client waits the back-off, lists the integrations and returns the newest HTTP integration
     * whose name equals the request's and that was not created before the call, so a create that landed
     * although its response was lost is not made twice; when there is none it sends the create again, up to
     * the retry policy's {@code maxAttempts} in all, within the overall deadline. When the only such
     * integrations predate the call, or the lookup cannot be made, the call ends with {@link
     * com.annexcloud.sdk.core.OutcomeUnknownException}: look before creating again. The lookup cannot see a
     * create still being processed when its answer timed out: a duplicate then remains possible.
     */
    Integration create(CreateIntegration request);

    /**
     * Changes the integration to {@code request} and returns it: reads it ({@code GET /integrations/{id}}),
     * lays the request's fields over what Gorgias showed and sends the result ({@code PUT
     * /integrations/{id}}): two calls, not atomic, so a change made between them is overwritten. Settings
     * the SDK does not model that Gorgias shows ({@code http.oauth2}, fields added later) are sent back as
     * read, and the request's {@code headers} and {@code triggers} are merged into the ones shown by name
     * (header names ignoring case, trigger names ignoring {@code -} versus {@code _}; an empty map sends
     * nothing). What Gorgias does not show it cannot keep: {@code http.hmac_secret} is write-only and
     * headers are usually not shown, and Gorgias may replace {@code http} whole, so restate in the request
     * every header ({@link HttpSettings#headers()}) and write-only setting ({@link
     * HttpSettings#additionalProperties()}) the integration should keep. A header shown on the read is kept
     * unless the request names it. {@link CreateIntegration#activate()} reactivates a deactivated
     * integration under the same id.
     */
    Integration update(long id, CreateIntegration request);

    /** Deletes the integration ({@code DELETE /integrations/{id}}). */
    void delete(long id);
}
