package com.annexcloud.sdk.sandbox;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.sandbox.internal.AnnexSite;
import com.annexcloud.sdk.sandbox.internal.GorgiasOAuthServer;
import com.annexcloud.sdk.sandbox.internal.InProcessAnnexCloud;
import com.annexcloud.sdk.sandbox.internal.InProcessGorgias;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Both emulators, started together on free ports of 127.0.0.1: an Annex Cloud Loyalty V3 API and a Gorgias
 * REST API, stateful, with the vendors' authentication, error bodies and quirks. Thread-safe; close it
 * when done.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.startWithSampleData()) {
 *     AnnexCloudClient annex = AnnexCloudClient.builder()
 *         .baseUri(sandbox.annexCloud().baseUri())
 *         .siteId(sandbox.annexCloud().siteId())
 *         .secret(sandbox.annexCloud().secret())
 *         .build();
 *     // …
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    /** The Annex Cloud signing secret of a sandbox unless another is set. Never a real secret. */
    public static final Secret DEFAULT_ANNEX_SECRET = Secret.of("sandbox-annexcloud-secret-not-for-production");
    /** The Gorgias API key of a sandbox unless another is set. Never a real key. */
    public static final Secret DEFAULT_GORGIAS_API_KEY = Secret.of("sandbox-gorgias-api-key-not-for-production");
    /** The client id of the OAuth app the Gorgias emulator knows by default. */
    public static final String DEFAULT_OAUTH_CLIENT_ID = "sandbox-oauth-client";
    /** The client secret of that app. */
    public static final Secret DEFAULT_OAUTH_CLIENT_SECRET = Secret.of("sandbox-oauth-client-secret-not-for-production");

    private static final int SERVER_THREADS = 64;

    private final ExecutorService executor;
    private final InProcessAnnexCloud annexCloud;
    private final InProcessGorgias gorgias;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Set once on {@link #shared()}: {@link #close()} then does nothing (the JVM's exit stops it). */
    private volatile boolean jvmWide;

    private Sandbox(Builder b) {
        executor = Executors.newFixedThreadPool(SERVER_THREADS, new ServerThreads());
        InProcessAnnexCloud annex = null;
        try {
            annex = InProcessAnnexCloud.start(b.annexSiteId, b.annexSecret, b.clock,
                    new AnnexSite(b.tierThresholds, b.annexDecimalPlaces, b.annexDeduplicatesCustomId),
                    b.data.members(), b.annexWrapUsersInData, executor);
            gorgias = InProcessGorgias.start(b.gorgiasEmail, b.gorgiasApiKey, b.gorgiasBearerToken, b.budgetRequests,
                    b.budgetWindow, b.clock, b.data.customers(),
                    new GorgiasOAuthServer(b.gorgiasAccount, b.oauthClientId, b.oauthClientSecret, b.clock),
                    b.integrationCaller, executor);
        } catch (RuntimeException e) {
            if (annex != null) {
                annex.close();
            }
            executor.shutdownNow();
            throw e;
        }
        annexCloud = annex;
    }

    /** A builder with every default: site 123456, empty data, the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Both emulators with default credentials and no data. */
    public static Sandbox start() {
        return builder().start();
    }

    /** Both emulators with default credentials and {@link SandboxData#sample()}. */
    public static Sandbox startWithSampleData() {
        return builder().data(SandboxData.sample()).start();
    }

    /**
     * One sandbox with {@link SandboxData#sample()} for the whole JVM, started on first use and closed when
     * the JVM exits ({@link #close()} on it does nothing). Made for frameworks that cache their contexts across test
     * classes (Spring's test context cache): a context built on it never talks to a sandbox closed by
     * another class. Call {@link #reset()} before each test.
     */
    public static Sandbox shared() {
        return Shared.SANDBOX;
    }

    /**
     * The settings that point the Spring Boot starter's clients at this sandbox, by property name:
     * {@code annexcloud.base-url}, {@code annexcloud.site-id}, {@code annexcloud.secret},
     * {@code gorgias.base-url}, {@code gorgias.email}, {@code gorgias.api-key}. No Spring type is involved:
     * <pre>{@code
     * @DynamicPropertySource
     * static void sandbox(DynamicPropertyRegistry registry) {
     *     Sandbox.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
     * }
     * }</pre>
     * The values include the sandbox's own secrets, which are never real ones.
     */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("annexcloud.base-url", annexCloud.baseUri().toString());
        properties.put("annexcloud.site-id", annexCloud.siteId());
        properties.put("annexcloud.secret", annexCloud.secret().reveal());
        properties.put("gorgias.base-url", gorgias.baseUri().toString());
        properties.put("gorgias.email", gorgias.email());
        properties.put("gorgias.api-key", gorgias.apiKey().reveal());
        return Collections.unmodifiableMap(properties);
    }

    /** The JVM-wide sandbox, started when first asked for. */
    private static final class Shared {
        private static final Sandbox SANDBOX = startWithSampleData();

        static {
            SANDBOX.jvmWide = true;
            Runtime.getRuntime().addShutdownHook(new Thread(SANDBOX::stop, "sandbox-shutdown"));
        }

        private Shared() {
        }
    }

    /** The Annex Cloud emulator. */
    public AnnexCloudEmulator annexCloud() {
        return annexCloud;
    }

    /** The Gorgias emulator. */
    public GorgiasEmulator gorgias() {
        return gorgias;
    }

    /**
     * Returns both emulators to the seed data and the configured settings (budget, {@code Data} wrapping),
     * and clears request counters and faults.
     */
    public void reset() {
        annexCloud.reset();
        gorgias.reset();
    }

    /**
     * Stops both servers and their threads. Idempotent. Does nothing on {@link #shared()}, which other test
     * classes and cached contexts still use: it stops when the JVM exits.
     */
    @Override
    public void close() {
        if (!jvmWide) {
            stop();
        }
    }

    private void stop() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            annexCloud.close();
            gorgias.close();
        } finally {
            executor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "Sandbox[annexCloud=" + annexCloud.baseUri() + ", gorgias=" + gorgias.baseUri() + "]";
    }

    /** Settings of a sandbox; every one has a default. */
    public static final class Builder {
        private String annexSiteId = "123456";
        private Secret annexSecret = DEFAULT_ANNEX_SECRET;
        private boolean annexWrapUsersInData;
        private int annexDecimalPlaces;
        private boolean annexDeduplicatesCustomId = true;
        private String gorgiasEmail = "bot@sandbox.test";
        private Secret gorgiasApiKey = DEFAULT_GORGIAS_API_KEY;
        private Optional<Secret> gorgiasBearerToken = Optional.empty();
        private String gorgiasAccount = "sandbox";
        private String oauthClientId = DEFAULT_OAUTH_CLIENT_ID;
        private Secret oauthClientSecret = DEFAULT_OAUTH_CLIENT_SECRET;
        private int budgetRequests = 40;
        private Duration budgetWindow = Duration.ofSeconds(20);
        private TierThresholds tierThresholds = TierThresholds.defaults();
        private SandboxData data = SandboxData.empty();
        private Clock clock = Clock.systemUTC();
        private IntegrationCaller integrationCaller = IntegrationCaller.loopbackHttp(Duration.ofSeconds(10));

        private Builder() {
        }

        /** The Annex Cloud site id (default {@code 123456}). */
        public Builder annexSiteId(String siteId) {
            this.annexSiteId = Checks.requireNonBlank(siteId, "annexSiteId");
            return this;
        }

        /** The Annex Cloud signing secret (default {@link #DEFAULT_ANNEX_SECRET}). */
        public Builder annexSecret(Secret secret) {
            this.annexSecret = Checks.requireNonNull(secret, "annexSecret");
            return this;
        }

        /** Whether {@code GET /users/{id}} wraps every user in {@code {"Data": {…}}} (default false). */
        public Builder annexWrapUsersInData(boolean wrap) {
            this.annexWrapUsersInData = wrap;
            return this;
        }

        /**
         * The site's points precision (default 0: whole points, as the vendor's samples). A site with decimal
         * precision (1 to 6 places) sends every points figure as a decimal string with that many places, such
         * as {@code "1250.75"}, and accepts credits and debits with as many.
         */
        public Builder annexDecimalPlaces(int places) {
            if (places < 0 || places > 6) {
                throw new IllegalArgumentException("annexDecimalPlaces must be 0 to 6");
            }
            this.annexDecimalPlaces = places;
            return this;
        }

        /**
         * Whether a repeated {@code customId} answers AC1010 (default true, as the SDK assumes). No public
         * source confirms it; turn it off to emulate a site that credits a repeat again. A repeated
         * {@code orderId} always answers AC1010 ("Duplicate order ID").
         */
        public Builder annexDeduplicatesCustomId(boolean deduplicates) {
            this.annexDeduplicatesCustomId = deduplicates;
            return this;
        }

        /** The Gorgias user email of the Basic credentials (default {@code bot@sandbox.test}). */
        public Builder gorgiasEmail(String email) {
            this.gorgiasEmail = Checks.requireNonBlank(email, "gorgiasEmail");
            return this;
        }

        /** The Gorgias API key of the Basic credentials (default {@link #DEFAULT_GORGIAS_API_KEY}). */
        public Builder gorgiasApiKey(Secret apiKey) {
            this.gorgiasApiKey = Checks.requireNonNull(apiKey, "gorgiasApiKey");
            return this;
        }

        /** An OAuth access token Gorgias also accepts as {@code Authorization: Bearer …} (default none). */
        public Builder gorgiasBearerToken(Secret token) {
            this.gorgiasBearerToken = Optional.of(Checks.requireNonNull(token, "gorgiasBearerToken"));
            return this;
        }

        /**
         * The name of the one Gorgias account the emulator stands for (default {@code sandbox}): the
         * {@code account} an install names. The emulator's one host answers for every name.
         */
        public Builder gorgiasAccount(String account) {
            if (account == null || !account.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")) {
                throw new IllegalArgumentException("gorgiasAccount must be a Gorgias subdomain such as \"acme\"");
            }
            this.gorgiasAccount = account;
            return this;
        }

        /** The OAuth app the Gorgias emulator knows (default {@link #DEFAULT_OAUTH_CLIENT_ID} and its secret). */
        public Builder gorgiasOAuthApp(String clientId, Secret clientSecret) {
            this.oauthClientId = Checks.requireNonBlank(clientId, "clientId");
            this.oauthClientSecret = Checks.requireNonNull(clientSecret, "clientSecret");
            return this;
        }

        /** The Gorgias leaky-bucket budget (default 40 requests per 20 s, as for API keys). */
        public Builder gorgiasBudget(int requests, Duration window) {
            if (requests < 1 || window == null || window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("gorgiasBudget must be at least 1 request per positive window");
            }
            this.budgetRequests = requests;
            this.budgetWindow = window;
            return this;
        }

        /**
         * How the Gorgias emulator calls HTTP integrations when a ticket event triggers them (default {@link
         * IntegrationCaller#loopbackHttp(Duration)} with a 10 s time-out: real HTTP, to this machine only).
         */
        public Builder gorgiasIntegrationCaller(IntegrationCaller caller) {
            this.integrationCaller = Checks.requireNonNull(caller, "gorgiasIntegrationCaller");
            return this;
        }

        /** The loyalty tiers (default {@link TierThresholds#defaults()}). */
        public Builder tierThresholds(TierThresholds thresholds) {
            this.tierThresholds = Checks.requireNonNull(thresholds, "tierThresholds");
            return this;
        }

        /** The seed data (default none). */
        public Builder data(SandboxData data) {
            this.data = Checks.requireNonNull(data, "data");
            return this;
        }

        /** The clock for JWT expiry, timestamps and the rate limit (default the system clock, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Checks.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Starts both emulators. Nothing outside the sandbox changes: in particular no system property, so the
         * JDK HTTP server's {@code TCP_NODELAY} stays the JVM owner's choice ({@code -Dsun.net.httpserver.nodelay=true},
         * see docs/sandbox.md).
         */
        public Sandbox start() {
            return new Sandbox(this);
        }
    }

    /** Daemon threads, so a forgotten sandbox never keeps a JVM alive. */
    private static final class ServerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
