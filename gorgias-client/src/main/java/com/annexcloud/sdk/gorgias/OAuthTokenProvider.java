package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Checks;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer token of one Gorgias account for a {@link GorgiasClient} ({@link GorgiasClient.Builder#oauth}):
 * the stored access token, refreshed through {@link GorgiasOAuth#refreshAsync} when it expires within the
 * margin and once when Gorgias answers 401 to it. Thread-safe and non-blocking: however many calls find the
 * token due at once, one refresh runs and the others share its future; no lock is held while it runs, so an
 * async call never blocks its caller on a refresh. Refreshed tokens are saved to the {@link TokenStore} before
 * they are used; for an async call that save runs on the thread completing the token request (the HTTP
 * client's executor), so a store doing slow I/O should hand it off.
 */
public final class OAuthTokenProvider implements Supplier<Secret> {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenProvider.class);

    private final GorgiasOAuth oauth;
    private final String account;
    private final TokenStore store;
    private final Clock clock;
    private final Duration margin;
    /** The refresh under way, shared by every call that needs it; null when none runs. */
    private final AtomicReference<CompletableFuture<OAuthTokens>> refreshing = new AtomicReference<>();
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
     * The current access token, refreshed first when it expires within the margin; blocks while a refresh
     * runs ({@link #currentAsync} does not).
     *
     * @throws IllegalStateException when no tokens are stored for the account (the app is not installed)
     * @throws GorgiasOAuthException when a needed refresh is refused
     */
    @Override
    public Secret get() {
        return Futures.await(currentAsync());
    }

    /** {@link #currentAsync(Instant)} with the token request bounded by the OAuth client's own timeouts only. */
    public CompletableFuture<Secret> currentAsync() {
        return currentAsync(null);
    }

    /**
     * The current access token without blocking: a completed future while it is fresh, else the future of
     * the refresh (one shared by every caller while it runs). Fails as {@link #get()} throws.
     *
     * @param deadline when the token request of a refresh this call starts must be over (the deadline of the
     *                 call the token is for), or null for the OAuth client's own overall timeout
     */
    public CompletableFuture<Secret> currentAsync(Instant deadline) {
        OAuthTokens known;
        try {
            known = current();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (!due(known)) {
            return CompletableFuture.completedFuture(known.accessToken());
        }
        return refreshedIf(this::due, deadline).thenApply(OAuthTokens::accessToken);
    }

    /**
     * The access token as known now, never refreshing: what a request is signed with once {@link
     * #currentAsync} has resolved.
     *
     * @throws IllegalStateException when no tokens are stored for the account
     */
    public Secret resolved() {
        return current().accessToken();
    }

    /**
     * After Gorgias answered 401 to {@code rejected}: refreshes, unless another call already replaced that
     * token (or is replacing it: that refresh is shared). Completes with whether a different token is now
     * available to send once more; fails with {@link GorgiasOAuthException} when the refresh is refused.
     *
     * @param deadline as for {@link #currentAsync(Instant)}
     */
    public CompletableFuture<Boolean> renewAfterRejectionAsync(Secret rejected, Instant deadline) {
        Checks.requireNonNull(rejected, "rejected");
        return refreshedIf(latest -> latest.accessToken().equals(rejected), deadline)
                .thenApply(latest -> !latest.accessToken().equals(rejected));
    }

    private boolean due(OAuthTokens tokens) {
        return tokens.expiresWithin(margin, clock.instant());
    }

    /**
     * The latest tokens, refreshed first when {@code stale} holds for them; joins the refresh under way
     * instead when there is one.
     */
    private CompletableFuture<OAuthTokens> refreshedIf(Predicate<OAuthTokens> stale, Instant deadline) {
        while (true) {
            CompletableFuture<OAuthTokens> running = refreshing.get();
            if (running != null) {
                return running;
            }
            OAuthTokens latest;
            try {
                latest = latest();
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
            if (!stale.test(latest)) {
                return CompletableFuture.completedFuture(latest);
            }
            CompletableFuture<OAuthTokens> mine = new CompletableFuture<>();
            if (refreshing.compareAndSet(null, mine)) {
                refresh(latest, deadline).whenComplete((fresh, failure) -> {
                    // cleared first, so a call arriving once the future is complete reads the saved tokens
                    refreshing.compareAndSet(mine, null);
                    if (failure != null) {
                        mine.completeExceptionally(Futures.unwrap(failure));
                    } else {
                        mine.complete(fresh);
                    }
                });
                return mine;
            }
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

    private CompletableFuture<OAuthTokens> refresh(OAuthTokens old, Instant deadline) {
        if (old.refreshToken().isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the access token of Gorgias account "
                    + account + " expired and no refresh token was granted (ask for the offline scope)"));
        }
        LOG.debug("refreshing the access token of Gorgias account {}", account);
        CompletableFuture<OAuthTokens> answer;
        try {
            answer = oauth.refreshAsync(account, old.refreshToken().get(), deadline);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return answer.thenApply(fresh -> {
            store.save(account, fresh);
            tokens = fresh;
            LOG.debug("refreshed the access token of Gorgias account {}; it expires at {}", account, fresh.expiresAt());
            return fresh;
        });
    }

    @Override
    public String toString() {
        return "OAuthTokenProvider[" + account + "]";
    }
}
