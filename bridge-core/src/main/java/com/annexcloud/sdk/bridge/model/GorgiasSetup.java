package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.core.Secret;
import java.net.URI;
import org.immutables.value.Value;

/**
 * What the one-call Gorgias setup installs: an HTTP integration named {@link #name()} that calls the
 * widget endpoint at {@link #publicUrl()} with the ticket customer's email when a ticket is created or
 * updated and when a message is added to it, authenticated with {@link #bearerToken()}, and its sidebar
 * widget; unless switched off, the routing hook (an HTTP integration that POSTs each new ticket to {@code
 * <publicUrl>/route}) and the loyalty macros, whose replies show the card's figures.
 */
@Value.Immutable
public interface GorgiasSetup {
    /** The integration name used unless another is given. */
    String DEFAULT_NAME = "Annex Cloud Loyalty";
    /**
     * The routing hook's name for the installation of {@link #DEFAULT_NAME}; under another name it is that
     * name plus {@code " routing"}.
     */
    String DEFAULT_ROUTING_HOOK_NAME = "Annex Cloud loyalty routing";

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

    /**
     * Whether the routing hook is installed (true unless set): an HTTP integration that POSTs {@code
     * {"ticket_id", "email"}} to {@code <publicUrl>/route} on every new ticket. False removes one installed before.
     */
    @Value.Default
    default boolean routingHook() {
        return true;
    }

    /**
     * Whether the loyalty macros are installed (true unless set): points balance and expiry, tier and the
     * distance to the next, and (with an award button) goodwill points added. False removes ours installed before.
     */
    @Value.Default
    default boolean macros() {
        return true;
    }

    /** Rejects what Gorgias could not call and names it could not hold. */
    @Value.Check
    default void check() {
        if (!"https".equalsIgnoreCase(publicUrl().getScheme()) || publicUrl().getHost() == null) {
            throw new IllegalArgumentException("publicUrl must be an absolute https URL: Gorgias calls nothing else");
        }
        if (publicUrl().getRawQuery() != null || publicUrl().getRawFragment() != null) {
            throw new IllegalArgumentException("publicUrl must not carry a query or fragment");
        }
        if (publicUrl().getRawPath() != null && publicUrl().getRawPath().endsWith("/")) {
            // the endpoint matches its path exactly: ".../loyalty/?email=" and ".../loyalty//route" would be 404s
            throw new IllegalArgumentException("publicUrl must not end with '/'");
        }
        if (name().isBlank() || name().length() > 100) {
            throw new IllegalArgumentException("name must be 1-100 characters");
        }
        if (awardButtonPoints() < 0) {
            throw new IllegalArgumentException("awardButtonPoints must not be negative");
        }
    }
}
