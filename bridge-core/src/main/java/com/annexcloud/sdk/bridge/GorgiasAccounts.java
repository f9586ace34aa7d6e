package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasOAuth;
import com.annexcloud.sdk.gorgias.TokenStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link GorgiasClient} per Gorgias account that installed the app, made on first use and kept: each
 * authenticates with that account's OAuth tokens from the {@link TokenStore} (refreshed as they expire) and
 * has its own pacer, which starts at the OAuth budget (80 requests per 20 s) and learns the account's limit
 * from Gorgias's answers, because Gorgias meters each account separately. Thread-safe; close it to close
 * every client.
 */
public final class GorgiasAccounts implements AutoCloseable {
    private final GorgiasOAuth oauth;
    private final TokenStore store;
    private final ClientOptions options;
    private final Map<String, GorgiasClient> clients = new ConcurrentHashMap<>();

    private GorgiasAccounts(GorgiasOAuth oauth, TokenStore store, ClientOptions options) {
        this.oauth = Checks.requireNonNull(oauth, "oauth");
        this.store = Checks.requireNonNull(store, "store");
        this.options = Checks.requireNonNull(options, "options");
    }

    /** Clients with default options. */
    public static GorgiasAccounts of(GorgiasOAuth oauth, TokenStore store) {
        return of(oauth, store, ClientOptions.defaults());
    }

    /** Clients with these options (transport, timeouts, retries, clock, sleeper, listener). */
    public static GorgiasAccounts of(GorgiasOAuth oauth, TokenStore store, ClientOptions options) {
        return new GorgiasAccounts(oauth, store, options);
    }

    /** The account's client; the account must have installed the app before its first request. */
    public GorgiasClient client(String account) {
        return clients.computeIfAbsent(account, name -> GorgiasClient.builder()
                .baseUri(oauth.apiBaseUri(name))
                .oauth(oauth.tokenProvider(name, store))
                .options(options)
                .build());
    }

    /** The OAuth flow the clients' tokens come from. */
    public GorgiasOAuth oauth() {
        return oauth;
    }

    /** Where the accounts' tokens are kept. */
    public TokenStore tokenStore() {
        return store;
    }

    @Override
    public void close() {
        clients.values().forEach(GorgiasClient::close);
        clients.clear();
    }

    @Override
    public String toString() {
        return "GorgiasAccounts[" + clients.size() + " client(s), " + store + "]";
    }
}
