package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.RequestSigner;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.gorgias.OAuthTokenProvider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The {@code Authorization} header of each attempt: Basic for API keys, Bearer for OAuth apps. */
public final class GorgiasAuth implements RequestSigner {
    private final Supplier<Secret> credentials;
    private final String scheme;
    private final GorgiasRateLimit defaultRateLimit;
    private final List<Secret> fixedSecrets;
    private final RefreshingTokenProvider renewer;

    private GorgiasAuth(String scheme, Supplier<Secret> credentials, GorgiasRateLimit defaultRateLimit,
                        List<Secret> fixedSecrets, RefreshingTokenProvider renewer) {
        this.scheme = scheme;
        this.credentials = credentials;
        this.defaultRateLimit = defaultRateLimit;
        this.fixedSecrets = fixedSecrets;
        this.renewer = renewer;
    }

    /** {@code Basic base64(email:apiKey)}, encoded once. */
    public static GorgiasAuth basic(String email, Secret apiKey) {
        Secret encoded = Secret.of(Base64.getEncoder().encodeToString(
                (email + ":" + apiKey.reveal()).getBytes(StandardCharsets.UTF_8)));
        return new GorgiasAuth("Basic", () -> encoded, GorgiasRateLimit.apiKey(), List.of(apiKey, encoded),
                null);
    }

    /** {@code Bearer <token>}, asking the supplier for every attempt. */
    public static GorgiasAuth bearer(Supplier<Secret> tokenSupplier) {
        return new GorgiasAuth("Bearer", tokenSupplier, GorgiasRateLimit.oauth(), List.of(), null);
    }

    /**
     * {@code Bearer <token>} from an OAuth provider, which is also asked to renew a token Gorgias answers 401
     * to. Each attempt is signed with the token as resolved ({@link RefreshingTokenProvider#resolved()}), never
     * refreshing: the {@link ReauthorizingExchange} resolves it, without blocking, before sending.
     */
    public static GorgiasAuth oauth(OAuthTokenProvider provider) {
        // the interface is sealed: every provider is the one GorgiasOAuth.tokenProvider makes
        RefreshingTokenProvider tokens = (RefreshingTokenProvider) provider;
        return new GorgiasAuth("Bearer", tokens::resolved, GorgiasRateLimit.oauth(), List.of(), tokens);
    }

    /** Whether a 401 may be answered by renewing the credentials and sending once more. */
    boolean renewable() {
        return renewer != null;
    }

    /** The credential the next attempt will carry, refreshed first (within {@code deadline}) when it is due. */
    CompletableFuture<Secret> currentAsync(Instant deadline) {
        return renewer.currentAsync(deadline);
    }

    /** After a 401 to {@code rejected}: renews it within {@code deadline}; whether a different credential is now there. */
    CompletableFuture<Boolean> renewAfterRejectionAsync(Secret rejected, Instant deadline) {
        return renewer.renewAfterRejectionAsync(rejected, deadline);
    }

    /** The budget Gorgias gives this kind of credential. */
    public GorgiasRateLimit defaultRateLimit() {
        return defaultRateLimit;
    }

    @Override
    public Map<String, String> headers(PipelineRequest request, Instant now) {
        Secret secret = credentials.get();
        if (secret == null) {
            throw new IllegalStateException("the bearer token supplier returned null");
        }
        return Map.of("Authorization", scheme + " " + secret.reveal());
    }

    /** The credentials an error text must never show: the API key and its encoding, or the current token. */
    Secret[] secrets() {
        if (!fixedSecrets.isEmpty()) {
            return fixedSecrets.toArray(new Secret[0]);
        }
        Secret token;
        try {
            token = credentials.get();
        } catch (RuntimeException e) {
            // a provider that cannot give a token now (a refused refresh) must not hide the error being built
            return new Secret[0];
        }
        return token == null ? new Secret[0] : new Secret[] {token};
    }

    @Override
    public String toString() {
        return "GorgiasAuth[" + scheme + "]";
    }
}
