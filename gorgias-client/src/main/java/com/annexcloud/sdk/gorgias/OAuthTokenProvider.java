package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.internal.RefreshingTokenProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The bearer token of one Gorgias account for a {@link GorgiasClient} ({@link GorgiasClient.Builder#oauth}),
 * from {@link GorgiasOAuth#tokenProvider}: the stored access token, refreshed when it expires within the
 * OAuth object's {@linkplain GorgiasOAuth.Builder#refreshMargin margin} and once when Gorgias answers 401 to
 * it. Thread-safe and non-blocking: however many calls find the token due at once, one refresh runs and the
 * others share its future; no lock is held while it runs. Refreshed tokens are saved to the {@link TokenStore}
 * before they are used; for an async call that save runs on the thread completing the token request (the HTTP
 * client's executor), so a store doing slow I/O should hand it off. Only {@link GorgiasOAuth} makes them, on
 * its own clock and margin, so a provider always agrees with the tokens it refreshes.
 */
public sealed interface OAuthTokenProvider extends Supplier<Secret> permits RefreshingTokenProvider {

    /** The account these tokens are for. */
    String account();

    /**
     * The current access token, refreshed first when it expires within the margin; blocks while a refresh
     * runs ({@link #currentAsync} does not).
     *
     * @throws IllegalStateException when no tokens are stored for the account (the app is not installed)
     * @throws GorgiasOAuthException when a needed refresh is refused
     */
    @Override
    Secret get();

    /**
     * The current access token without blocking, for requests of your own (a Gorgias endpoint this SDK does
     * not cover): a completed future while it is fresh, else the future of the refresh, one shared by every
     * caller while it runs, its token request bounded by the OAuth object's own timeouts. Fails as {@link
     * #get()} throws.
     */
    CompletableFuture<Secret> currentAsync();
}
