package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.EnvVars;
import com.annexcloud.sdk.gorgias.internal.DefaultGorgiasOAuth;
import com.annexcloud.sdk.gorgias.internal.OAuthState;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The OAuth2 authorization-code flow of a public Gorgias app, for any number of Gorgias accounts: the
 * authorize redirect ({@code https://{account}.gorgias.com/oauth/authorize}) with a {@code state} this
 * object signs and later verifies once, the code exchange and the refresh at
 * {@code https://{account}.gorgias.com/oauth/token}, and a {@link OAuthTokenProvider} per account for a
 * {@link GorgiasClient}. Immutable and thread-safe; see docs/gorgias-setup.md, "Public app".
 *
 * <pre>{@code
 * GorgiasOAuth oauth = GorgiasOAuth.builder()
 *     .clientId(clientId).clientSecret(Secret.of(clientSecret))
 *     .redirectUri(URI.create("https://app.example.com/gorgias/oauth/callback")).build();
 * URI redirect = oauth.authorizationUri("acme");        // send the admin there
 * String account = oauth.verifyState(stateFromCallback); // then
 * store.save(account, oauth.exchangeCode(account, codeFromCallback));
 * GorgiasClient gorgias = GorgiasClient.builder().baseUri(oauth.apiBaseUri(account))
 *     .oauth(oauth.tokenProvider(account, store)).build();
 * }</pre>
 */
public interface GorgiasOAuth extends AutoCloseable {
    /** Environment variable holding the app's client id. */
    String ENV_CLIENT_ID = "GORGIAS_CLIENT_ID";
    /** Environment variable holding the app's client secret. */
    String ENV_CLIENT_SECRET = "GORGIAS_CLIENT_SECRET";
    /** The scopes asked for by default: {@code offline} for a refresh token, {@code write:all} for the API. */
    List<String> DEFAULT_SCOPES = List.of("openid", "email", "profile", "offline", "write:all");

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Where to send the account's admin to approve the app, with a new single-use {@code state}. */
    URI authorizationUri(String account);

    /**
     * The account a callback's {@code state} was issued for, consuming the state.
     *
     * @throws InvalidOAuthStateException when it is forged, malformed, expired or was used before
     */
    String verifyState(String state);

    /**
     * Exchanges the callback's {@code code} for the account's tokens (grant {@code authorization_code}).
     * Sent once, never retried: a code is good for one exchange.
     *
     * @throws GorgiasOAuthException when the token endpoint refuses it
     */
    OAuthTokens exchangeCode(String account, String code);

    /**
     * New tokens for the account from its refresh token (grant {@code refresh_token}); a refresh token the
     * answer does not replace is kept.
     *
     * @throws GorgiasOAuthException when the token endpoint refuses it ({@link GorgiasOAuthException#grantRefused()}
     *                               for a revoked refresh token)
     */
    OAuthTokens refresh(String account, Secret refreshToken);

    /** The account's API root, {@code https://{account}.gorgias.com/api} (or the test host's). */
    URI apiBaseUri(String account);

    /**
     * A thread-safe bearer-token source for the account's {@link GorgiasClient}, reading and updating
     * {@code store}: it refreshes {@linkplain Builder#refreshMargin shortly} before the access token expires
     * (on the {@linkplain Builder#options options'} clock), and once after a 401. The only way to get one.
     */
    OAuthTokenProvider tokenProvider(String account, TokenStore store);

    /**
     * Closes this object: later token requests fail fast with {@link IllegalStateException}. It holds no
     * thread or socket of its own (the JDK 17 {@code HttpClient} has no {@code close}); a transport passed in
     * the options is left to its owner.
     */
    @Override
    void close();

    /** How the app authenticates itself at the token endpoint. */
    enum ClientAuthentication {
        /** {@code client_id} and {@code client_secret} as form fields, as the public Gorgias connectors send them. */
        BODY,
        /** HTTP Basic {@code client_id:client_secret} (RFC 6749 section 2.3.1). */
        BASIC
    }

    /**
     * Configures a {@link GorgiasOAuth}. Required: {@link #clientId}, {@link #clientSecret}, {@link #redirectUri}.
     * Not thread-safe.
     */
    final class Builder {
        private String clientId;
        private Secret clientSecret;
        private URI redirectUri;
        private List<String> scopes = DEFAULT_SCOPES;
        private Function<String, URI> accountUri = account -> URI.create("https://" + account + ".gorgias.com");
        private Duration stateTtl = Duration.ofMinutes(10);
        private Secret stateKey;
        private Duration refreshMargin = Duration.ofMinutes(5);
        private ClientAuthentication clientAuthentication = ClientAuthentication.BODY;
        private ClientOptions options = ClientOptions.defaults();

        private Builder() {
        }

        /** The app's client id, from the Gorgias partner portal. */
        public Builder clientId(String clientId) {
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("clientId must not be blank");
            }
            this.clientId = clientId.trim();
            return this;
        }

        /** The app's client secret. */
        public Builder clientSecret(Secret clientSecret) {
            this.clientSecret = Checks.requireNonNull(clientSecret, "clientSecret");
            return this;
        }

        /** The redirect URI registered for the app, where Gorgias sends the admin back with a code. */
        public Builder redirectUri(URI redirectUri) {
            this.redirectUri = Checks.requireHttpUri(redirectUri, "redirectUri");
            return this;
        }

        /** The scopes to ask for (default {@link #DEFAULT_SCOPES}); without {@code offline} there is no refresh token. */
        public Builder scopes(List<String> scopes) {
            if (scopes == null || scopes.isEmpty() || scopes.stream().anyMatch(s -> s == null || !s.matches("[!#-\\[\\]-~]+"))) {
                throw new IllegalArgumentException("scopes must be a non-empty list of scope tokens");
            }
            this.scopes = List.copyOf(scopes);
            return this;
        }

        /**
         * The root of an account's host, {@code https://{account}.gorgias.com} by default; a test points
         * it at WireMock or the sandbox. {@code /oauth/authorize}, {@code /oauth/token} and {@code /api} are
         * appended to it.
         */
        public Builder accountUri(Function<String, URI> accountUri) {
            this.accountUri = Checks.requireNonNull(accountUri, "accountUri");
            return this;
        }

        /** How long an issued {@code state} stays valid (default 10 minutes). */
        public Builder stateTtl(Duration stateTtl) {
            if (stateTtl == null || stateTtl.isNegative() || stateTtl.isZero()) {
                throw new IllegalArgumentException("stateTtl must be positive");
            }
            this.stateTtl = stateTtl;
            return this;
        }

        /**
         * The key states are signed with (default: random per process). Set the same key on every instance
         * behind a load balancer; a state is single-use per instance.
         */
        public Builder stateKey(Secret stateKey) {
            this.stateKey = Checks.requireNonNull(stateKey, "stateKey");
            return this;
        }

        /** How long before expiry a provider refreshes the access token (default 5 minutes). */
        public Builder refreshMargin(Duration refreshMargin) {
            if (refreshMargin == null || refreshMargin.isNegative()) {
                throw new IllegalArgumentException("refreshMargin must not be negative");
            }
            this.refreshMargin = refreshMargin;
            return this;
        }

        /** How the client secret is sent to the token endpoint (default {@link ClientAuthentication#BODY}). */
        public Builder clientAuthentication(ClientAuthentication clientAuthentication) {
            this.clientAuthentication = Checks.requireNonNull(clientAuthentication, "clientAuthentication");
            return this;
        }

        /** The shared options (transport, timeouts, retries, clock, sleeper, listener). */
        public Builder options(ClientOptions options) {
            this.options = Checks.requireNonNull(options, "options");
            return this;
        }

        /**
         * Sets the client id and secret from {@value GorgiasOAuth#ENV_CLIENT_ID} and
         * {@value GorgiasOAuth#ENV_CLIENT_SECRET}.
         *
         * @throws IllegalStateException naming the first variable that is missing
         */
        public Builder fromEnv(Map<String, String> env) {
            Checks.requireNonNull(env, "env");
            return clientId(EnvVars.required(env, ENV_CLIENT_ID)).clientSecret(Secret.of(EnvVars.required(env, ENV_CLIENT_SECRET)));
        }

        /**
         * Builds it.
         *
         * @throws IllegalStateException naming the setting that is missing
         */
        public GorgiasOAuth build() {
            if (clientId == null) {
                throw new IllegalStateException("clientId must be set");
            }
            if (clientSecret == null) {
                throw new IllegalStateException("clientSecret must be set");
            }
            if (redirectUri == null) {
                throw new IllegalStateException("redirectUri must be set");
            }
            OAuthState state = new OAuthState(stateKey == null ? OAuthState.randomKey() : stateKey, stateTtl,
                    options.clock());
            return new DefaultGorgiasOAuth(clientId, clientSecret, redirectUri, scopes, accountUri, state,
                    refreshMargin, clientAuthentication, options);
        }
    }
}
