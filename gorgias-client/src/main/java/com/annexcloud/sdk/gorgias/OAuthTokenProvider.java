package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer token of one Gorgias account for a {@link GorgiasClient} ({@link GorgiasClient.Builder#oauth}):
 * the stored access token, refreshed through {@link GorgiasOAuth#refresh} when it expires within the margin
 * and once when Gorgias answers 401 to it. Thread-safe: however many threads find the token due at once,
 * one refreshes and the others wait for and use its result. Refreshed tokens are saved to the
 * {@link TokenStore} before they are used.
 */
public final class OAuthTokenProvider implements Supplier<Secret> {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenProvider.class);

    private final GorgiasOAuth oauth;
    private final String account;
    private final TokenStore store;
    private final Clock clock;
    private final Duration margin;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile OAuthTokens tokens;

    /** A provider for the account; {@link GorgiasOAuth#tokenProvider} is the usual way to get one. */
    public OAuthTokenProvider(GorgiasOAuth oauth, String account, TokenStore store, Clock clock, Duration margin) {
        this.oauth = Checks.requireNonNull(oauth, "oauth");
        this.account = Checks.requireNonNull(account, "account");
        this.store = Checks.requireNonNull(store, "store");
        this.clock = Checks.requireNonNull(clock, "clock");
        this.margin = Checks.requireNonNull(margin, "margin");
    }

    /** The account these tokens are for. */
    public String account() {
        return account;
    }

    /**
     * The current access token, refreshed first when it expires within the margin.
     *
     * @throws IllegalStateException when no tokens are stored for the account (the app is not installed)
     * @throws GorgiasOAuthException when a needed refresh is refused
     */
    @Override
    public Secret get() {
        OAuthTokens current = current();
        if (!current.expiresWithin(margin, clock.instant())) {
            return current.accessToken();
        }
        refreshing.lock();
        try {
            OAuthTokens latest = latest();
            return latest.expiresWithin(margin, clock.instant()) ? refresh(latest).accessToken() : latest.accessToken();
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * After Gorgias answered 401 to {@code rejected}: refreshes, unless another thread already replaced that
     * token. Returns whether a different token is now available to send once more.
     *
     * @throws GorgiasOAuthException when the refresh is refused
     */
    public boolean renewAfterRejection(Secret rejected) {
        refreshing.lock();
        try {
            OAuthTokens latest = latest();
            if (!latest.accessToken().equals(rejected)) {
                return true;
            }
            LOG.debug("Gorgias refused the access token of account {}; refreshing it", account);
            return !refresh(latest).accessToken().equals(rejected);
        } finally {
            refreshing.unlock();
        }
    }

    private OAuthTokens current() {
        OAuthTokens known = tokens;
        return known != null ? known : latest();
    }

    /** The stored tokens (another process may have refreshed them), else the ones this provider knows. */
    private OAuthTokens latest() {
        OAuthTokens stored = store.load(account).orElse(null);
        if (stored != null) {
            tokens = stored;
            return stored;
        }
        if (tokens == null) {
            throw new IllegalStateException("no OAuth tokens are stored for Gorgias account " + account
                    + "; the app must be installed first");
        }
        return tokens;
    }

    private OAuthTokens refresh(OAuthTokens old) {
        Secret refreshToken = old.refreshToken().orElseThrow(() -> new IllegalStateException(
                "the access token of Gorgias account " + account + " expired and no refresh token was granted "
                        + "(ask for the offline scope)"));
        OAuthTokens fresh = oauth.refresh(account, refreshToken);
        store.save(account, fresh);
        tokens = fresh;
        LOG.debug("refreshed the access token of Gorgias account {}; it expires at {}", account, fresh.expiresAt());
        return fresh;
    }

    @Override
    public String toString() {
        return "OAuthTokenProvider[" + account + "]";
    }
}
