package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.sandbox.Faults;
import com.annexcloud.sdk.sandbox.GorgiasEmulator;
import com.annexcloud.sdk.sandbox.RequestCounter;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** The Gorgias emulator: an {@link HttpEmulator} serving {@link GorgiasApi} over a {@link CustomerBook}. */
public final class InProcessGorgias implements GorgiasEmulator, AutoCloseable {
    private final String email;
    private final Secret apiKey;
    private final List<SandboxCustomer> seed;
    private final int budgetRequests;
    private final Duration budgetWindow;
    private final CustomerBook book;
    private final LeakyBucket bucket;
    private final HttpEmulator server;

    /**
     * Starts the emulator on a free port of 127.0.0.1.
     *
     * @param seed the customers {@link #reset()} returns to
     */
    public InProcessGorgias(String email, Secret apiKey, Optional<Secret> bearerToken, int budgetRequests,
                            Duration budgetWindow, Clock clock, List<SandboxCustomer> seed, ExecutorService executor) {
        this.email = email;
        this.apiKey = apiKey;
        this.budgetRequests = budgetRequests;
        this.budgetWindow = budgetWindow;
        this.book = new CustomerBook(clock);
        this.bucket = new LeakyBucket(budgetRequests, budgetWindow, clock);
        book.reset(seed);
        this.seed = book.all();
        this.server = new HttpEmulator(new GorgiasApi(book, new GorgiasAuthenticator(email, apiKey, bearerToken),
                bucket), executor);
    }

    /** Back to the seed: customers, ids, the configured budget, counters and faults. */
    public void reset() {
        book.reset(seed);
        bucket.configure(budgetRequests, budgetWindow);
        server.requests().reset();
        server.faults().clear();
    }

    @Override
    public URI baseUri() {
        return server.baseUri();
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
    public long putCustomer(SandboxCustomer customer) {
        return book.put(customer).id().orElseThrow();
    }

    @Override
    public void budget(int requests, Duration window) {
        bucket.configure(requests, window);
    }

    @Override
    public Faults faults() {
        return server.faults();
    }

    @Override
    public RequestCounter requests() {
        return server.requests();
    }

    @Override
    public void close() {
        server.close();
    }
}
