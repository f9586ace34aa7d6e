package com.annexcloud.sdk.loyalty;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.Timeouts;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.EnvVars;
import com.annexcloud.sdk.loyalty.internal.DefaultAnnexCloudClient;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * A client of the Annex Cloud Loyalty V3 API. Immutable and thread-safe: build one per site and share
 * it; close it to release its connections.
 *
 * <pre>{@code
 * try (AnnexCloudClient annex = AnnexCloudClient.builder()
 *         .environment(AnnexCloudEnvironment.PRODUCTION)
 *         .siteId("123456")
 *         .secret(Secret.of(System.getenv("ANNEXCLOUD_SECRET")))
 *         .build()) {
 *     PointsBalance balance = annex.points().balance("user@domain.com");
 * }
 * }</pre>
 *
 * <p>Every request is signed with a fresh JWT bound to its payload; see {@code docs/annexcloud-client.md}.
 */
public interface AnnexCloudClient extends AutoCloseable {

    /** The environment variable with the API root: a URL, or {@code production} / {@code staging}. */
    String ENV_BASE_URL = "ANNEXCLOUD_BASE_URL";
    /** The environment variable with the site id. */
    String ENV_SITE_ID = "ANNEXCLOUD_SITE_ID";
    /** The environment variable with the site's secret (access token). */
    String ENV_SECRET = "ANNEXCLOUD_SECRET";

    /** A builder: set at least {@link Builder#siteId(String)} and {@link Builder#secret(Secret)}. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the process environment: {@value #ENV_BASE_URL} (default production),
     * {@value #ENV_SITE_ID} and {@value #ENV_SECRET}, with default options.
     *
     * @throws IllegalStateException naming the variable that is missing
     */
    static AnnexCloudClient fromEnv() {
        return fromEnv(System.getenv());
    }

    /** {@link #fromEnv()} reading the given variables instead of the process environment. */
    static AnnexCloudClient fromEnv(Map<String, String> env) {
        return builder().fromEnv(env).build();
    }

    /** Members. */
    Users users();

    /** Points balances and changes. */
    Points points();

    /** Tier standing. */
    Tiers tiers();

    /** Points history. */
    Activity activity();

    /** Rewards available to members. */
    Rewards rewards();

    /**
     * The same client without blocking: every operation returns a future. Both views share one pipeline,
     * signer and options; closing this client ends both.
     */
    AnnexCloudClientAsync async();

    /**
     * A view of this client whose calls carry {@code options}: a timeout replacing the overall deadline and
     * extra headers. A points write's idempotency key is set on its request ({@code
     * AwardPoints.builder().idempotencyKey(…)}), not on a view, which serves many writes.
     */
    AnnexCloudClient withOptions(RequestOptions options);

    /** The member id {@link #verifyCredentials()} asks for: a reserved domain, so no member has it. */
    String CREDENTIALS_PROBE_ID = "credentials-check@annexcloud-sdk.invalid";

    /**
     * Proves the site id and secret with one cheap signed read, {@code GET /users/{id}} for
     * {@value #CREDENTIALS_PROBE_ID}: Annex Cloud answers a signature it accepts with a 404, AC1005 "No data
     * found" (AC1001, which it also sends with 404, counts too), or the user should one exist; and one it
     * refuses with AC1002 (401). A 404 without an error code (an HTML or empty page: a wrong base URL) fails
     * the check. Nothing is written.
     *
     * @throws AnnexCloudUnauthorizedException when Annex Cloud refuses the credentials
     * @throws AnnexCloudEndpointNotFoundException when the base URL does not serve the Annex Cloud API
     * @throws com.annexcloud.sdk.core.SdkException when it cannot be reached or fails otherwise
     */
    default void verifyCredentials() {
        try {
            users().get(CREDENTIALS_PROBE_ID);
        } catch (AnnexCloudException e) {
            // Only the API's own "no such member" answers prove the signature: an HTML or empty 404
            // (AnnexCloudEndpointNotFoundException) means a wrong base URL and must fail the check.
            boolean noSuchMember = e.errorCode().filter(AnnexCloudErrorCode.AC1005::equals).isPresent()
                    || e.errorCode().filter(AnnexCloudErrorCode.AC1001::equals).isPresent()
                    && e.statusCode().isPresent() && e.statusCode().getAsInt() == 404;
            if (!noSuchMember) {
                throw e;
            }
        }
    }

    /**
     * Closes the client and its async view: later calls fail with {@link IllegalStateException}. It holds
     * no thread or socket of its own (the JDK 17 {@code HttpClient} has no {@code close}); a transport
     * passed in the options is left to its owner.
     */
    @Override
    void close();

    /** Configures an {@link AnnexCloudClient}. Not thread-safe; the client it builds is. */
    final class Builder {
        private URI baseUri = AnnexCloudEnvironment.PRODUCTION.baseUri();
        private String siteId;
        private Secret secret;
        private ClientOptions options = ClientOptions.defaults();
        private Duration tokenLifetime = Duration.ofMinutes(5);

        private Builder() {
        }

        /** Uses a preset host (the default is {@link AnnexCloudEnvironment#PRODUCTION}). */
        public Builder environment(AnnexCloudEnvironment environment) {
            return baseUri(Checks.requireNonNull(environment, "environment").baseUri());
        }

        /**
         * Uses another API root, such as {@code https://s15.socialannex.net/api/3.0} or a sandbox.
         *
         * @throws IllegalArgumentException unless it is an absolute http(s) URI with a host and without user info,
         *                                  query or fragment (the message names only its scheme and host)
         */
        public Builder baseUri(URI baseUri) {
            this.baseUri = Checks.requireBaseUri(baseUri, "baseUri");
            return this;
        }

        /** The site id Annex Cloud issued (sent as {@code X-AnnexCloud-Site} and the {@code site_id} claim). */
        public Builder siteId(String siteId) {
            this.siteId = Checks.requireId(siteId, "siteId", 128);
            return this;
        }

        /** The site's secret (access token) every request is signed with. */
        public Builder secret(Secret secret) {
            this.secret = Checks.requireNonNull(secret, "secret");
            return this;
        }

        /** Replaces every shared option (transport, timeouts, retries, clock, …) at once. */
        public Builder options(ClientOptions options) {
            this.options = Checks.requireNonNull(options, "options");
            return this;
        }

        /** Sets the time limits of the current options. */
        public Builder timeouts(Timeouts timeouts) {
            this.options = ClientOptions.builder().from(options).timeouts(Checks.requireNonNull(timeouts, "timeouts")).build();
            return this;
        }

        /** Sets the retry policy of the current options. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.options = ClientOptions.builder().from(options)
                    .retryPolicy(Checks.requireNonNull(retryPolicy, "retryPolicy")).build();
            return this;
        }

        /** Sets the transport of the current options (the client then does not close it). */
        public Builder transport(HttpTransport transport) {
            this.options = ClientOptions.builder().from(options).transport(Checks.requireNonNull(transport, "transport")).build();
            return this;
        }

        /** How long each request's token is valid, 1 second to 1 hour; 5 minutes by default. */
        public Builder tokenLifetime(Duration tokenLifetime) {
            Checks.requireNonNull(tokenLifetime, "tokenLifetime");
            if (tokenLifetime.compareTo(Duration.ofSeconds(1)) < 0 || tokenLifetime.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("tokenLifetime must be between 1 second and 1 hour, was " + tokenLifetime);
            }
            this.tokenLifetime = tokenLifetime;
            return this;
        }

        /**
         * Sets the site id and secret from {@value #ENV_SITE_ID} and {@value #ENV_SECRET}, and the API root
         * from {@value #ENV_BASE_URL} when it is set (a URL, or {@code production} / {@code staging}; production
         * otherwise). Settings made afterwards win.
         *
         * @throws IllegalStateException {@code "<NAME> is not set"} for a required variable that is missing or
         *                               blank, {@code "<NAME> is invalid: …"} for a value refused (never the secret)
         */
        public Builder fromEnv(Map<String, String> env) {
            Checks.requireNonNull(env, "env");
            EnvVars.optional(env, ENV_BASE_URL).ifPresent(base -> EnvVars.apply(ENV_BASE_URL, base, value -> {
                boolean preset = value.equalsIgnoreCase("production") || value.equalsIgnoreCase("staging");
                baseUri(preset ? AnnexCloudEnvironment.valueOf(value.toUpperCase(Locale.ROOT)).baseUri()
                        : Checks.parseUri(value, "baseUri"));
            }));
            EnvVars.apply(ENV_SITE_ID, EnvVars.required(env, ENV_SITE_ID), this::siteId);
            return secret(Secret.of(EnvVars.required(env, ENV_SECRET)));
        }

        /**
         * Builds the client.
         *
         * @throws IllegalStateException naming the missing setting
         */
        public AnnexCloudClient build() {
            if (siteId == null) {
                throw new IllegalStateException("siteId is not set");
            }
            if (secret == null) {
                throw new IllegalStateException("secret is not set");
            }
            return new DefaultAnnexCloudClient(baseUri, siteId, secret, tokenLifetime, options);
        }
    }
}
