package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.Timeouts;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.EnvVars;
import com.annexcloud.sdk.gorgias.internal.Accounts;
import com.annexcloud.sdk.gorgias.internal.DefaultGorgiasClient;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.gorgias.internal.Emails;
import com.annexcloud.sdk.gorgias.internal.GorgiasAuth;
import com.annexcloud.sdk.gorgias.internal.RateLimitPacer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A client of one Gorgias account's REST API. Immutable and thread-safe: share one per account and
 * close it when done. Every request is paced under the account's rate limit ({@link #rateLimitStatus()}).
 *
 * <pre>{@code
 * try (GorgiasClient gorgias = GorgiasClient.builder()
 *         .account("acme")
 *         .basicAuth("bot@acme.com", Secret.of(apiKey))
 *         .build()) {
 *     Customer customer = gorgias.customers().get(42);
 * }
 * }</pre>
 */
public interface GorgiasClient extends AutoCloseable {
    /** Environment variable holding the API root, such as {@code https://acme.gorgias.com/api}. */
    String ENV_BASE_URL = "GORGIAS_BASE_URL";
    /** Environment variable holding the email of the user whose API key is used. */
    String ENV_EMAIL = "GORGIAS_EMAIL";
    /** Environment variable holding the API key. */
    String ENV_API_KEY = "GORGIAS_API_KEY";

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the process environment: {@value #ENV_BASE_URL}, {@value #ENV_EMAIL} and
     * {@value #ENV_API_KEY} (basic auth), default options.
     *
     * @throws IllegalStateException naming the first variable that is missing
     */
    static GorgiasClient fromEnv() {
        return fromEnv(System.getenv());
    }

    /** Like {@link #fromEnv()}, reading the given map instead of the process environment. */
    static GorgiasClient fromEnv(Map<String, String> env) {
        return builder().fromEnv(env).build();
    }

    /** Gorgias customers. */
    Customers customers();

    /** Gorgias integrations, such as the HTTP integration that calls a loyalty widget endpoint. */
    Integrations integrations();

    /** Gorgias sidebar widgets, which lay out what an integration returns. */
    Widgets widgets();

    /** Gorgias macros, the canned replies agents apply to tickets. */
    Macros macros();

    /** Gorgias tickets: read one, add tags, set the priority. */
    Tickets tickets();

    /** The pacer's current view of the rate limit, for metrics. */
    RateLimitStatus rateLimitStatus();

    /**
     * The same client without blocking: every operation returns a future. Both views share one pipeline,
     * rate-limit pacer and credentials; closing this client ends both.
     */
    GorgiasClientAsync async();

    /**
     * A view of this client whose calls carry {@code options}: a timeout replacing the overall deadline and
     * extra headers.
     */
    GorgiasClient withOptions(RequestOptions options);

    /**
     * Proves the credentials with the cheapest authenticated read, {@code GET /api/customers?limit=1}
     * (one page of at most one customer; Gorgias answers wrong credentials with 401). Nothing is written;
     * it counts as one call against the account's rate limit.
     *
     * @throws GorgiasUnauthorizedException when Gorgias refuses the credentials
     * @throws com.annexcloud.sdk.core.SdkException when it cannot be reached or fails otherwise
     */
    default void verifyCredentials() {
        customers().listPage(ListCustomers.builder().limit(1).build());
    }

    /**
     * Closes the client and its async view: later calls fail with {@link IllegalStateException}. It holds
     * no thread or socket of its own (the JDK 17 {@code HttpClient} has no {@code close}); a transport
     * passed in the options is left to its owner.
     */
    @Override
    void close();

    /**
     * Configures a {@link GorgiasClient}. Required: a base URI ({@link #baseUri} or {@link #account}) and
     * credentials ({@link #basicAuth}, {@link #bearerToken} or {@link #oauth}); of each pair the last call wins. Not
     * thread-safe; {@link #build()} may be called more than once.
     */
    final class Builder {
        private URI baseUri;
        private GorgiasAuth auth;
        private GorgiasRateLimit rateLimit;
        private ClientOptions options = ClientOptions.defaults();

        private Builder() {
        }

        /**
         * The API root, {@code https://{account}.gorgias.com/api} (or a test server's).
         *
         * @throws IllegalArgumentException unless it is an absolute http(s) URI with a host and without user
         *                                  info, query or fragment (the message names only its scheme and host)
         */
        public Builder baseUri(URI baseUri) {
            this.baseUri = Checks.requireBaseUri(baseUri, "baseUri");
            return this;
        }

        /** The account name: sets the base URI to {@code https://{account}.gorgias.com/api}. */
        public Builder account(String account) {
            return baseUri(URI.create("https://" + Accounts.requireValid(account) + ".gorgias.com/api"));
        }

        /**
         * HTTP Basic authentication of a private app: the email of a Gorgias user and that user's API key.
         * Until the first answer states the account's limit, paces as for {@link GorgiasRateLimit#apiKey()}.
         */
        public Builder basicAuth(String email, Secret apiKey) {
            Emails.requireValid(email, "email");
            this.auth = GorgiasAuth.basic(email, Checks.requireNonNull(apiKey, "apiKey"));
            return this;
        }

        /**
         * Bearer authentication of an OAuth app. The supplier is called for every attempt, so a refreshed
         * access token is picked up at once; it must be fast and thread-safe. Until the first answer states the
         * account's limit, paces as for {@link GorgiasRateLimit#oauth()}.
         */
        public Builder bearerToken(Supplier<Secret> tokenSupplier) {
            this.auth = GorgiasAuth.bearer(Checks.requireNonNull(tokenSupplier, "tokenSupplier"));
            return this;
        }

        /**
         * Bearer authentication of a public app for one account: the provider's access token, refreshed before
         * it expires, and renewed once (then the request sent once more) when Gorgias answers 401. Paces as for
         * {@link GorgiasRateLimit#oauth()} until the first answer states the account's limit. Set {@link
         * #baseUri} to {@link GorgiasOAuth#apiBaseUri} of the same account.
         */
        public Builder oauth(OAuthTokenProvider provider) {
            this.auth = GorgiasAuth.oauth(Checks.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * A cap on this client's own requests, for processes that share one account's budget. Without it the
         * client paces to the account's whole budget as it learns it from the server's answers ({@link
         * #rateLimitStatus()}); with it, to the smaller of the two.
         */
        public Builder rateLimit(GorgiasRateLimit rateLimit) {
            this.rateLimit = Checks.requireNonNull(rateLimit, "rateLimit");
            return this;
        }

        /** Replaces every shared option (transport, timeouts, retries, listener, clock, sleeper, …). */
        public Builder options(ClientOptions options) {
            this.options = Checks.requireNonNull(options, "options");
            return this;
        }

        /** Sets the time limits, keeping the other options. */
        public Builder timeouts(Timeouts timeouts) {
            this.options = ClientOptions.builder().from(options).timeouts(Checks.requireNonNull(timeouts, "timeouts")).build();
            return this;
        }

        /** Sets the retry policy, keeping the other options. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.options = ClientOptions.builder().from(options).retryPolicy(Checks.requireNonNull(retryPolicy, "retryPolicy")).build();
            return this;
        }

        /** Sets the transport (which the client will not close), keeping the other options. */
        public Builder transport(HttpTransport transport) {
            this.options = ClientOptions.builder().from(options).transport(Checks.requireNonNull(transport, "transport")).build();
            return this;
        }

        /**
         * Sets the base URI and basic auth from {@value GorgiasClient#ENV_BASE_URL}, {@value
         * GorgiasClient#ENV_EMAIL} and {@value GorgiasClient#ENV_API_KEY} in {@code env}.
         *
         * @throws IllegalStateException {@code "<NAME> is not set"} for the first variable that is missing or
         *                               blank, {@code "<NAME> is invalid: …"} for a value refused (never the key)
         */
        public Builder fromEnv(Map<String, String> env) {
            Checks.requireNonNull(env, "env");
            String base = EnvVars.required(env, ENV_BASE_URL);
            String email = EnvVars.required(env, ENV_EMAIL);
            Secret key = Secret.of(EnvVars.required(env, ENV_API_KEY));
            EnvVars.apply(ENV_BASE_URL, base, value -> baseUri(Checks.parseUri(value, "baseUri")));
            EnvVars.apply(ENV_EMAIL, email, value -> basicAuth(value, key));
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalStateException naming the setting that is missing
         */
        public GorgiasClient build() {
            if (baseUri == null) {
                throw new IllegalStateException("baseUri (or account) must be set");
            }
            if (auth == null) {
                throw new IllegalStateException("credentials must be set: basicAuth(email, apiKey), bearerToken(supplier) or oauth(provider)");
            }
            Duration maxRetryAfter = options.retryPolicy().maxRetryAfter();
            RateLimitPacer pacer = rateLimit == null ? RateLimitPacer.learning(auth.defaultRateLimit(), maxRetryAfter)
                    : RateLimitPacer.capped(rateLimit, maxRetryAfter);
            return new DefaultGorgiasClient(baseUri, auth, pacer, options);
        }
    }
}
