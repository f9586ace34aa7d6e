package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.core.Secret;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tokens an OAuth app holds for one Gorgias account: a bearer access token that expires (24 h, as
 * Gorgias documents it) and, when the {@code offline} scope was granted, a refresh token that does not.
 * Both are {@link Secret}s, so {@code toString} never shows them.
 */
@Value.Immutable
public abstract class OAuthTokens {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link OAuthTokens}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableOAuthTokens.Builder {
    }

    /** The bearer access token. */
    public abstract Secret accessToken();

    /** The refresh token; absent when the {@code offline} scope was not granted. */
    public abstract Optional<Secret> refreshToken();

    /** When the access token expires, computed from the answer's {@code expires_in} when it arrived. */
    public abstract Instant expiresAt();

    /** The scopes granted, space-separated, when the answer stated them. */
    public abstract Optional<String> scope();

    /** Whether the access token is expired, or expires within {@code margin} of {@code now}. */
    public boolean expiresWithin(java.time.Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiresAt());
    }
}
