package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.gorgias.OAuthTokenProvider;
import com.annexcloud.sdk.gorgias.TokenStore;
import com.annexcloud.sdk.gorgias.model.OAuthTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OAuthTokenProvider} that {@link DefaultGorgiasOAuth#tokenProvider} returns. Besides the public
 * calls it has the hooks {@link GorgiasAuth} signs and renews with: {@link #currentAsync(Instant)} bounded by
 * the deadline of the call the token is for, {@link #resolved()} and {@link #renewAfterRejectionAsync}.
 */
public final class RefreshingTokenProvider implements OAuthTokenProvider {
    /** Named for the public type, so a logging setup need not know this class. */
    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenProvider.class);

    private final DefaultGorgiasOAuth oauth;
    private final String account;
    private final TokenStore store;
    private final Clock clock;
    private final Duration margin;
    /** The refresh under way, shared by every call that needs it; null when none runs. */
    private final AtomicReference<CompletableFuture<OAuthTokens>> refreshing = new AtomicReference<>();
    private volatile OAuthTokens tokens;

    RefreshingTokenProvider(DefaultGorgiasOAuth oauth, String account, TokenStore store, Clock clock, Duration margin) {
        this.oauth = oauth;
        this.account = account;
        this.store = store;
        this.clock = clock;
        this.margin = margin;
    }

    @Override
    public String account() {
        return account;
    }

    @Override
    public Secret get() {
        return Futures.await(currentAsync());
    }

    @Override
    public CompletableFuture<Secret> currentAsync() {
        return currentAsync(null);
    }

    /**
     * {@link #currentAsync()} with the token request of a refresh this call starts over by {@code deadline}
     * (the deadline of the call the token is for), or, when null, by the OAuth client's own overall timeout.
     */
    CompletableFuture<Secret> currentAsync(Instant deadline) {
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
     * #currentAsync(Instant)} has resolved.
     *
     * @throws IllegalStateException when no tokens are stored for the account
     */
    Secret resolved() {
        return current().accessToken();
    }

    /**
     * After Gorgias answered 401 to {@code rejected}: refreshes, unless another call already replaced that
     * token (or is replacing it: that refresh is shared). Completes with whether a different token is now
     * available to send once more; fails with {@code GorgiasOAuthException} when the refresh is refused.
     *
     * @param deadline as for {@link #currentAsync(Instant)}
     */
    CompletableFuture<Boolean> renewAfterRejectionAsync(Secret rejected, Instant deadline) {
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
