package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.RequestDescription;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Gorgias token endpoint refused a code exchange or a refresh. {@link #error()} is the OAuth error code
 * of the answer ({@code invalid_grant} for a used or expired code and for a revoked refresh token, which
 * means the account must connect the app again). The message never shows a code, token or client secret.
 */
public class GorgiasOAuthException extends GorgiasException {
    private static final long serialVersionUID = 1L;

    /** RFC 6749 section 5.2: the client or the grant was refused. */
    private static final Set<String> REFUSED = Set.of("invalid_client", "invalid_grant", "unauthorized_client");
    /** RFC 6749 section 5.2: the token request itself was malformed. */
    private static final Set<String> MALFORMED = Set.of("invalid_request", "unsupported_grant_type", "invalid_scope");

    private final String error;

    /** Creates the exception; {@code error} is the OAuth error code, or null when the answer had none. */
    public GorgiasOAuthException(String message, RequestDescription request, int status, String error) {
        super(message, request, status, error, Map.of());
        this.error = error;
    }

    /** The OAuth error code, such as {@code invalid_grant}, when the answer had one. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** Whether the grant itself was refused (a used code, a revoked refresh token): reconnecting is the fix. */
    public boolean grantRefused() {
        return "invalid_grant".equals(error);
    }

    /** True for {@code invalid_client}, {@code invalid_grant} and {@code unauthorized_client} (RFC 6749 §5.2), or HTTP 401. */
    @Override
    public boolean isUnauthorized() {
        return error != null && REFUSED.contains(error) || statusCode().orElse(0) == 401;
    }

    /** True for {@code invalid_request}, {@code unsupported_grant_type} and {@code invalid_scope} (RFC 6749 §5.2). */
    @Override
    public boolean isInvalidRequest() {
        return error != null && MALFORMED.contains(error);
    }
}
