package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.core.Secret;
import java.net.URI;
import org.immutables.value.Value;

/**
 * What the one-call Gorgias setup installs: an HTTP integration named {@link #name()} that calls the
 * widget endpoint at {@link #publicUrl()} with the ticket customer's email on ticket-created and
 * ticket-updated, authenticated with {@link #bearerToken()}, and its sidebar widget.
 */
@Value.Immutable
public interface GorgiasSetup {
    /** The integration name used unless another is given. */
    String DEFAULT_NAME = "Annex Cloud Loyalty";

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link GorgiasSetup}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableGorgiasSetup.Builder {
    }

    /** The widget endpoint as Gorgias reaches it, such as {@code https://loyalty.acme.com/gorgias/loyalty}. */
    URI publicUrl();

    /** The token the endpoint expects (Gorgias sends it as {@code Authorization: Bearer …}). */
    Secret bearerToken();

    /** The integration's name in Gorgias; the setup finds its earlier installation by it. */
    @Value.Default
    default String name() {
        return DEFAULT_NAME;
    }

    /** Points the sidebar's "add points" button awards (0 leaves the button out). */
    @Value.Default
    default long awardButtonPoints() {
        return 50;
    }

    @Value.Check
    default void check() {
        if (!"https".equalsIgnoreCase(publicUrl().getScheme()) || publicUrl().getHost() == null) {
            throw new IllegalArgumentException("publicUrl must be an absolute https URL: Gorgias calls nothing else");
        }
        if (publicUrl().getRawQuery() != null || publicUrl().getRawFragment() != null) {
            throw new IllegalArgumentException("publicUrl must not carry a query or fragment");
        }
        if (name().isBlank() || name().length() > 100) {
            throw new IllegalArgumentException("name must be 1-100 characters");
        }
        if (awardButtonPoints() < 0) {
            throw new IllegalArgumentException("awardButtonPoints must not be negative");
        }
    }
}
