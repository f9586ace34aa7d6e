package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.internal.DefaultWidgetEndpoint;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * The endpoint a Gorgias HTTP integration calls for the sidebar card, as a framework-free handler:
 * a {@link WidgetRequest} in, a {@link WidgetResponse} out. Plug it into any HTTP server (the JDK's with
 * {@link WidgetHttpHandler}; a servlet container with {@code bridge-servlet}'s {@code LoyaltyWidgetServlet}; Spring Boot
 * with {@code annexcloud-gorgias-spring-boot-starter}).
 *
 * <p>{@code GET /gorgias/loyalty?email=…} with {@code Authorization: Bearer <token>} answers:
 * 200 with the card (also {@code "member": false} for non-members and {@code "_partial": true} when a
 * section is missing); 400 with a JSON error for a bad email; 401 for a missing, wrong or malformed
 * token; 404 and 405 for other paths and methods (methods are case-sensitive); 502 when Annex Cloud cannot
 * be reached. The agent actions below the path ({@code POST …/award}, {@code POST …/redeem}) read strict
 * JSON bodies (or the query string when the body is empty; no form encoding) and answer refusals the caller must not retry with 4xx and a machine-readable {@code error}
 * code (409 {@code reward_not_eligible}, 422 {@code member_opted_out}, …), upstream failures with 502. The routing
 * hook {@code POST …/route} with {@code {"ticket_id": …, "email": …}} tags a member's new ticket with the tier
 * ({@link TicketRouting}); it answers 400 for a bad ticket id or email and otherwise always 200 with a {@link
 * com.annexcloud.sdk.bridge.model.RoutingOutcome}, also when routing timed out or failed, and when routing is off
 * ({@code "reason":"routing_off"}). The token is
 * either the endpoint's own bearer token (compared in constant time) or an Annex Cloud connector
 * access token resolved to a tenant by the {@link TenantResolver}. Under the endpoint's path authentication
 * comes first (401 before 404, 405, 400 or 413), so an unauthenticated caller learns nothing else; a path outside it
 * is a 404. Log lines name no email or token: a failure is logged as its exception class, HTTP status and vendor code.
 */
@FunctionalInterface
public interface WidgetEndpoint {
    /** The default path of the endpoint. */
    String DEFAULT_PATH = "/gorgias/loyalty";
    /** The routing hook's path below the endpoint's (the installer's hook calls {@code <publicUrl>/route}). */
    String ROUTE_PATH = "/route";

    /** Answers one request. Never throws: every failure becomes a JSON error response. */
    WidgetResponse handle(WidgetRequest request);

    /**
     * The answer {@link #handle} gives {@code head} whatever its body (401 for a missing or wrong token, then 404
     * for an unknown path and 405 for a wrong method), or empty when the body is worth reading. Server
     * adapters call it before they read a body ({@link WidgetRequestReader} does), so an unauthenticated
     * caller cannot make the server read one. Authentication then runs again in {@link #handle}, so a
     * {@link TenantResolver} is asked twice per request. The default refuses nothing early.
     */
    default Optional<WidgetResponse> precheck(WidgetRequest head) {
        return Optional.empty();
    }

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WidgetEndpoint}; it needs a bridge with a bearer token, a tenant resolver, or both. */
    final class Builder {
        private LoyaltyBridge bridge;
        private Secret bearerToken;
        private final java.util.List<Secret> previousTokens = new java.util.ArrayList<>();
        private TenantResolver tenants;
        private String path = DEFAULT_PATH;
        private Duration responseTimeout = Duration.ofSeconds(5);
        private TicketRouting routing = TicketRouting.defaults();

        private Builder() {
        }

        /** The bridge serving callers who present the {@link #bearerToken}. */
        public Builder bridge(LoyaltyBridge bridge) {
            this.bridge = Checks.requireNonNull(bridge, "bridge");
            return this;
        }

        /** The token Gorgias sends as {@code Authorization: Bearer …}. */
        public Builder bearerToken(Secret bearerToken) {
            this.bearerToken = Checks.requireNonNull(bearerToken, "bearerToken");
            return this;
        }

        /**
         * Also accepts a previous token, while Gorgias is switched to the new one (token rotation);
         * remove it once the switch is done.
         */
        public Builder acceptAlso(Secret previousToken) {
            previousTokens.add(Checks.requireNonNull(previousToken, "previousToken"));
            return this;
        }

        /** Resolves Annex Cloud connector access tokens to the bridge of their site. */
        public Builder tenantResolver(TenantResolver tenants) {
            this.tenants = Checks.requireNonNull(tenants, "tenants");
            return this;
        }

        /** The path served (default {@value WidgetEndpoint#DEFAULT_PATH}). */
        public Builder path(String path) {
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("path must start with '/'");
            }
            this.path = path;
            return this;
        }

        /**
         * How the routing hook ({@code POST <path>/route}) tags new tickets; on by default with {@link
         * TicketRouting#defaults()}, off with {@link TicketRouting#off()}.
         */
        public Builder ticketRouting(TicketRouting routing) {
            this.routing = Checks.requireNonNull(routing, "routing");
            return this;
        }

        /**
         * How long a request may wait for its card before the endpoint answers 504 (5 s), and the routing hook
         * for its routing before it answers {@code "reason": "timeout"}.
         */
        public Builder responseTimeout(Duration responseTimeout) {
            if (responseTimeout == null || responseTimeout.isZero() || responseTimeout.isNegative()) {
                throw new IllegalArgumentException("responseTimeout must be positive");
            }
            this.responseTimeout = responseTimeout;
            return this;
        }

        /**
         * Builds the endpoint.
         *
         * @throws IllegalStateException when neither a bridge with a bearer token nor a tenant resolver is set
         */
        public WidgetEndpoint build() {
            if ((bridge == null) != (bearerToken == null)) {
                throw new IllegalStateException("WidgetEndpoint needs both bridge(…) and bearerToken(…), or neither");
            }
            if (bridge == null && tenants == null) {
                throw new IllegalStateException("WidgetEndpoint needs bridge(…) with bearerToken(…), or tenantResolver(…)");
            }
            if (bearerToken == null && !previousTokens.isEmpty()) {
                throw new IllegalStateException("acceptAlso(…) needs bearerToken(…) too");
            }
            java.util.List<Secret> tokens = new java.util.ArrayList<>();
            if (bearerToken != null) {
                tokens.add(bearerToken);
                tokens.addAll(previousTokens);
            }
            return new DefaultWidgetEndpoint(bridge, tokens, tenants == null ? TenantResolver.none() : tenants,
                    path, responseTimeout, routing);
        }
    }
}
