package com.annexcloud.sdk.bridge;

import java.util.Optional;

/**
 * Finds the bridge that serves an Annex Cloud site, so one deployment of the widget endpoint can serve
 * many sites. The endpoint calls it with a decoded connector {@link AccessToken}; the resolver must check
 * the token's loyalty token (with {@link com.annexcloud.sdk.core.Secret#matches}) before answering,
 * and return empty for an unknown site or a wrong token (the caller then gets 401).
 */
@FunctionalInterface
public interface TenantResolver {

    /** The bridge for the token's site, or empty when the token grants nothing. */
    Optional<LoyaltyBridge> resolve(AccessToken token);

    /** A resolver that knows no tenant: only the endpoint's own bearer token is accepted. */
    static TenantResolver none() {
        return token -> Optional.empty();
    }
}
