package com.annexcloud.sdk.sandbox;

import com.annexcloud.sdk.core.Secret;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The Gorgias REST API emulator of a {@link Sandbox}: customers (create, get, update, delete, list with
 * cursor paging, set data answering 202, merge, after which the merged customer answers 301 to its
 * survivor), integrations (both HTTP content types required, unknown fields kept) and widgets (listed as
 * a bare array) with create, get, update and delete, behind HTTP Basic or Bearer authentication and a
 * leaky-bucket rate limit; and the OAuth2 endpoints of a public app installed on this one account
 * ({@code /oauth/authorize}, which approves at once, and {@code /oauth/token}), whose access tokens the API
 * accepts for 24 h on the sandbox clock. Macros (create, list, get, update, delete), tickets with their tags
 * and priority, and the account's tags; a ticket is created here ({@link #createTicket}), and creating it or
 * adding a customer message calls the HTTP integrations whose triggers include that event, as Gorgias would
 * (see {@link #integrationCalls()}).
 */
public interface GorgiasEmulator {
    /** The base URI to give a client, {@code http://127.0.0.1:PORT/api}. */
    URI baseUri();

    /**
     * The root of the account's host, {@code http://127.0.0.1:PORT}, standing in for
     * {@code https://{account}.gorgias.com}: give it to {@code GorgiasOAuth.Builder.accountUri}.
     */
    URI accountUri();

    /** The name of the account the emulator stands for ({@code Sandbox.Builder.gorgiasAccount}, default {@code sandbox}). */
    String account();

    /** The client id of the OAuth app the emulator knows. */
    String oauthClientId();

    /** The client secret of the OAuth app the emulator knows. */
    Secret oauthClientSecret();

    /** Revokes every OAuth refresh and access token issued so far, as when the admin disconnects the app. */
    void revokeOAuthGrants();

    /** The user email of the Basic credentials. */
    String email();

    /** The API key of the Basic credentials. */
    Secret apiKey();

    /** Every customer, oldest first. */
    List<SandboxCustomer> customers();

    /** The customer with this email (case-insensitive), if any. */
    Optional<SandboxCustomer> customerByEmail(String email);

    /**
     * Every integration as stored, oldest first: as {@code GET /api/integrations/{id}} shows it plus the
     * write-only {@code http.hmac_secret} reads never show; empty after a reset.
     */
    List<JsonNode> integrations();

    /** Every widget as {@code GET /api/widgets/{id}} shows it, oldest first; empty after a reset. */
    List<JsonNode> widgets();

    /** Every macro as {@code GET /api/macros/{id}} shows it, archived ones included, oldest first; empty after a reset. */
    List<JsonNode> macros();

    /**
     * Marks the macro as applied by an active rule, as an admin's rule would: {@code DELETE /api/macros/{id}} then
     * answers 409 (a vendor fact, docs/vendor-facts-agent-workflow.md) until a reset.
     *
     * @throws IllegalArgumentException when there is no macro with this id
     */
    void useMacroInRule(long macroId);

    /**
     * Archives the macro now ({@code archived_datetime} set), as an admin archiving it in Gorgias would: it leaves
     * the default listing and shows with {@code archived=true}.
     *
     * @throws IllegalArgumentException when there is no macro with this id
     */
    void archiveMacro(long macroId);

    /**
     * Opens a ticket from this customer (created when no customer has the email) with one customer message,
     * bypassing the API and the rate limit; then, before returning and in this thread, calls every active HTTP
     * integration triggered on {@code ticket_created}. A failing integration never fails this call.
     *
     * @return the ticket's id
     */
    long createTicket(String customerEmail, String message);

    /**
     * Adds a customer message to a ticket, then calls every active HTTP integration triggered on {@code
     * ticket_message_created}, as {@link #createTicket} does.
     *
     * @throws IllegalArgumentException when there is no such ticket
     */
    void addCustomerMessage(long ticketId, String message);

    /** The ticket as {@code GET /api/tickets/{id}} shows it, if it exists. */
    Optional<JsonNode> ticket(long ticketId);

    /** Every HTTP integration call ticket events made since the last reset, oldest first. */
    List<IntegrationCall> integrationCalls();

    /**
     * Adds a customer directly, bypassing the API and the rate limit, or replaces the one with the same id.
     *
     * @return the customer's id (assigned when the customer has none)
     */
    long putCustomer(SandboxCustomer customer);

    /** Sets the leaky-bucket budget ({@code requests} per {@code window}) and empties the bucket. */
    void budget(int requests, Duration window);

    /** Fault and latency injection for this emulator. */
    Faults faults();

    /** The requests this emulator received. */
    RequestCounter requests();
}
