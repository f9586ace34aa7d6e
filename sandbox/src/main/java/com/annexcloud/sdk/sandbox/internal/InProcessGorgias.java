package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.sandbox.GorgiasEmulator;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** The Gorgias emulator: an {@link HttpEmulator} serving {@link GorgiasApi} over a {@link CustomerBook} and {@link GorgiasApps}. */
public final class InProcessGorgias extends ServedEmulator implements GorgiasEmulator {
    private final String email;
    private final Secret apiKey;
    private final List<SandboxCustomer> seed;
    private final int budgetRequests;
    private final Duration budgetWindow;
    private final CustomerBook book;
    private final GorgiasApps apps;
    private final LeakyBucket bucket;
    private final GorgiasOAuthServer oauth;

    /**
     * Starts the emulator on a free port of 127.0.0.1.
     *
     * @param seed the customers {@link #reset()} returns to
     */
    public static InProcessGorgias start(String email, Secret apiKey, Optional<Secret> bearerToken, int budgetRequests,
                                         Duration budgetWindow, Clock clock, List<SandboxCustomer> seed,
                                         GorgiasOAuthServer oauth, ExecutorService executor) {
        CustomerBook book = new CustomerBook(clock);
        book.reset(seed);
        LeakyBucket bucket = new LeakyBucket(budgetRequests, budgetWindow, clock);
        GorgiasApps apps = new GorgiasApps(clock);
        GorgiasApi api = new GorgiasApi(book, apps, new GorgiasAuthenticator(email, apiKey, bearerToken, oauth), bucket,
                oauth);
        return new InProcessGorgias(email, apiKey, budgetRequests, budgetWindow, book, apps, bucket, oauth, api, executor);
    }

    private InProcessGorgias(String email, Secret apiKey, int budgetRequests, Duration budgetWindow, CustomerBook book,
                             GorgiasApps apps, LeakyBucket bucket, GorgiasOAuthServer oauth, GorgiasApi api,
                             ExecutorService executor) {
        super(api, executor);
        this.email = email;
        this.apiKey = apiKey;
        this.seed = book.all();
        this.budgetRequests = budgetRequests;
        this.budgetWindow = budgetWindow;
        this.book = book;
        this.apps = apps;
        this.bucket = bucket;
        this.oauth = oauth;
    }

    /** Back to the seed: customers, ids, no integrations, widgets or OAuth grants, the configured budget, counters and faults. */
    public void reset() {
        book.reset(seed);
        oauth.clear();
        apps.clear();
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
