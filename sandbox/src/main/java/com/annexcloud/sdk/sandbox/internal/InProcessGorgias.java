package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.sandbox.GorgiasEmulator;
import com.annexcloud.sdk.sandbox.IntegrationCall;
import com.annexcloud.sdk.sandbox.IntegrationCaller;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The Gorgias emulator: an {@link HttpEmulator} serving {@link GorgiasApi} over a {@link CustomerBook}, {@link
 * GorgiasApps}, {@link GorgiasMacros} and a {@link TicketBook}, whose ticket events fire {@link IntegrationHooks}.
 */
public final class InProcessGorgias extends ServedEmulator implements GorgiasEmulator {
    private final String email;
    private final Secret apiKey;
    private final List<SandboxCustomer> seed;
    private final int budgetRequests;
    private final Duration budgetWindow;
    private final CustomerBook book;
    private final GorgiasApps apps;
    private final GorgiasMacros macros;
    private final TicketBook tickets;
    private final IntegrationHooks hooks;
    private final LeakyBucket bucket;
    private final GorgiasOAuthServer oauth;

    /**
     * Starts the emulator on a free port of 127.0.0.1.
     *
     * @param seed the customers {@link #reset()} returns to
     * @param caller how HTTP integrations are called when a ticket event triggers them
     */
    public static InProcessGorgias start(String email, Secret apiKey, Optional<Secret> bearerToken, int budgetRequests,
                                         Duration budgetWindow, Clock clock, List<SandboxCustomer> seed,
                                         GorgiasOAuthServer oauth, IntegrationCaller caller, ExecutorService executor) {
        CustomerBook book = new CustomerBook(clock);
        book.reset(seed);
        LeakyBucket bucket = new LeakyBucket(budgetRequests, budgetWindow, clock);
        GorgiasApps apps = new GorgiasApps(clock);
        GorgiasMacros macros = new GorgiasMacros(clock);
        TicketBook tickets = new TicketBook(clock, book);
        GorgiasApi api = new GorgiasApi(book, apps, macros, new GorgiasTickets(tickets),
                new GorgiasAuthenticator(email, apiKey, bearerToken, oauth), bucket, oauth);
        return new InProcessGorgias(email, apiKey, budgetRequests, budgetWindow, book, apps, macros, tickets,
                new IntegrationHooks(apps, tickets, caller), bucket, oauth, api, executor);
    }

    private InProcessGorgias(String email, Secret apiKey, int budgetRequests, Duration budgetWindow, CustomerBook book,
                             GorgiasApps apps, GorgiasMacros macros, TicketBook tickets, IntegrationHooks hooks,
                             LeakyBucket bucket, GorgiasOAuthServer oauth, GorgiasApi api, ExecutorService executor) {
        super(api, executor);
        this.email = email;
        this.apiKey = apiKey;
        this.seed = book.all();
        this.budgetRequests = budgetRequests;
        this.budgetWindow = budgetWindow;
        this.book = book;
        this.apps = apps;
        this.macros = macros;
        this.tickets = tickets;
        this.hooks = hooks;
        this.bucket = bucket;
        this.oauth = oauth;
    }

    /**
     * Back to the seed: customers, ids, no integrations, widgets, macros, tickets, tags, integration calls or
     * OAuth grants, the configured budget, counters and faults.
     */
    public void reset() {
        book.reset(seed);
        oauth.clear();
        apps.clear();
        macros.clear();
        tickets.clear();
        hooks.clear();
        bucket.configure(budgetRequests, budgetWindow);
        clearTraffic();
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public Secret apiKey() {
        return apiKey;
    }

    @Override
    public List<SandboxCustomer> customers() {
        return List.copyOf(book.all());
    }

    @Override
    public Optional<SandboxCustomer> customerByEmail(String email) {
        return book.byEmail(email);
    }

    @Override
    public List<JsonNode> integrations() {
        return apps.integrations();
    }

    @Override
    public List<JsonNode> widgets() {
        return apps.widgets();
    }

    @Override
    public List<JsonNode> macros() {
        return macros.macros();
    }

    @Override
    public void useMacroInRule(long macroId) {
        macros.useInRule(macroId);
    }

    @Override
    public void archiveMacro(long macroId) {
        macros.archive(macroId);
    }

    @Override
    public long createTicket(String customerEmail, String message) {
        long id = tickets.create(Checks.requireNonBlank(customerEmail, "customerEmail"),
                Checks.requireNonNull(message, "message"));
        hooks.fire(IntegrationHooks.TICKET_CREATED, id);
        return id;
    }

    @Override
    public void addCustomerMessage(long ticketId, String message) {
        if (!tickets.addCustomerMessage(ticketId, Checks.requireNonNull(message, "message"))) {
            throw new IllegalArgumentException("no ticket " + ticketId);
        }
        hooks.fire(IntegrationHooks.TICKET_MESSAGE_CREATED, ticketId);
    }

    @Override
    public Optional<JsonNode> ticket(long ticketId) {
        return tickets.view(ticketId).map(JsonBody::asRead);
    }

    @Override
    public List<IntegrationCall> integrationCalls() {
        return hooks.calls();
    }

    @Override
    public long putCustomer(SandboxCustomer customer) {
        return book.put(customer).id().orElseThrow();
    }

    @Override
    public URI accountUri() {
        return URI.create(baseUri().toString().replaceFirst("/api$", ""));
    }

    @Override
    public String account() {
        return oauth.account();
    }

    @Override
    public String oauthClientId() {
        return oauth.clientId();
    }

    @Override
    public Secret oauthClientSecret() {
        return oauth.clientSecret();
    }

    @Override
    public void revokeOAuthGrants() {
        oauth.revokeAll();
    }

    @Override
    public void budget(int requests, Duration window) {
        bucket.configure(requests, window);
    }
}
