package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.core.internal.Futures;
import com.annexcloud.sdk.bridge.AccessToken;
import com.annexcloud.sdk.bridge.AccessTokenCodec;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.RewardNotEligibleException;
import com.annexcloud.sdk.bridge.TenantResolver;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.NewTicket;
import com.annexcloud.sdk.bridge.model.RoutingOutcome;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.bridge.model.TicketCustomer;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.loyalty.AnnexCloudErrorCode;
import com.annexcloud.sdk.loyalty.AnnexCloudException;
import com.annexcloud.sdk.loyalty.AnnexCloudInvalidRequestException;
import com.annexcloud.sdk.loyalty.AnnexCloudNotFoundException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link WidgetEndpoint}: route, authenticate, validate, look up, answer. */
public final class DefaultWidgetEndpoint implements WidgetEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultWidgetEndpoint.class);
    private static final int MAX_NAME_LENGTH = 100;

    private final LoyaltyBridge bridge;
    private final List<Secret> bearerTokens;
    private final TenantResolver tenants;
    private final String path;
    private final Duration responseTimeout;
    private final TicketRouting routing;

    /** Use {@link WidgetEndpoint#builder()}. */
    public DefaultWidgetEndpoint(LoyaltyBridge bridge, List<Secret> bearerTokens, TenantResolver tenants, String path,
                                 Duration responseTimeout, TicketRouting routing) {
        this.bridge = bridge;
        this.bearerTokens = List.copyOf(bearerTokens);
        this.tenants = tenants;
        this.path = path;
        this.responseTimeout = responseTimeout;
        this.routing = routing;
    }

    @Override
    public Optional<WidgetResponse> precheck(WidgetRequest head) {
        try {
            return Optional.ofNullable(admit(head).refusal());
        } catch (RuntimeException e) {
            LOG.debug("widget request failed unexpectedly", e);
            return Optional.of(error(500, "internal_error", "the request could not be handled"));
        }
    }

    /** What the method, path and token alone decide: a refusal, or the route and the caller's bridge. */
    private record Admission(Route route, LoyaltyBridge tenant, WidgetResponse refusal) {
        static Admission refused(WidgetResponse refusal) {
            return new Admission(null, null, refusal);
        }
    }

    /**
     * Under the endpoint's path the token is checked first, so an unauthenticated caller learns neither which
     * routes exist (routing on or off) nor their methods; any other path is a 404.
     */
    private Admission admit(WidgetRequest request) {
        String requested = request.path();
        if (!requested.equals(path) && !requested.startsWith(path + "/")) {
            return Admission.refused(error(404, "not_found", "no such endpoint"));
        }
        Optional<LoyaltyBridge> tenant = authenticate(request);
        if (tenant.isEmpty()) {
            return Admission.refused(WidgetResponse.builder().from(error(401, "unauthorized", "a valid bearer token is required"))
                    .putHeaders("WWW-Authenticate", "Bearer realm=\"loyalty\"").build());
        }
        Route route = route(requested);
        if (route == null) {
            return Admission.refused(error(404, "not_found", "no such endpoint"));
        }
        if (!route.method.equals(request.method())) { // methods are case-sensitive (RFC 9110, 9.1)
            return Admission.refused(WidgetResponse.builder().from(error(405, "method_not_allowed", "use " + route.method))
                    .putHeaders("Allow", route.method).build());
        }
        return new Admission(route, tenant.get(), null);
    }

    @Override
    public WidgetResponse handle(WidgetRequest request) {
        try {
            Admission admission = admit(request);
            if (admission.refusal() != null) {
                return admission.refusal();
            }
            Route route = admission.route();
            LoyaltyBridge tenant = admission.tenant();
            if (request.unreadable().isPresent()) {
                int status = request.unreadable().getAsInt();
                // the same codes as the example server's own refusals (JsonErrorHandler)
                return status == 413 ? error(413, "request_too_large", "request body is too large")
                        : status == 408 ? error(408, "request_timeout", "request was not received in time")
                        : error(status, "invalid_request", "request could not be read");
            }
            switch (route) {
                case CARD:
                    TicketCustomer customer;
                    try {
                        customer = customerOf(request);
                    } catch (IllegalArgumentException e) {
                        return error(400, "invalid_request", e.getMessage());
                    }
                    return lookup(tenant, customer);
                case ROUTE:
                    if (!routing.enabled()) {
                        return routed(RoutingOutcome.untagged(RoutingOutcome.Reason.ROUTING_OFF));
                    }
                    Optional<NewTicket> ticket;
                    try {
                        ticket = ActionRequests.newTicket(request);
                    } catch (IllegalArgumentException e) {
                        return error(400, "invalid_request", e.getMessage());
                    }
                    return routed(ticket.map(named -> route(tenant, named))
                            .orElseGet(() -> RoutingOutcome.untagged(RoutingOutcome.Reason.NO_EMAIL)));
                case AWARD:
                    return act(() -> Json.write(tenant.awardGoodwill(ActionRequests.award(request))));
                default:
                    return act(() -> Json.write(tenant.redeemReward(ActionRequests.redemption(request))));
            }
        } catch (RuntimeException e) {
            LOG.debug("widget request failed unexpectedly", e);
            return error(500, "internal_error", "the request could not be handled");
        }
    }

    /** The endpoints: the card, the two agent actions and the routing hook below it. */
    private enum Route {
        CARD("GET"), AWARD("POST"), REDEEM("POST"), ROUTE("POST");

        private final String method;

        Route(String method) {
            this.method = method;
        }
    }

    private Route route(String requested) {
        if (path.equals(requested)) {
            return Route.CARD;
        }
        if ((path + "/award").equals(requested)) {
            return Route.AWARD;
        }
        if ((path + "/redeem").equals(requested)) {
            return Route.REDEEM;
        }
        if ((path + ROUTE_PATH).equals(requested)) {
            return Route.ROUTE;
        }
        return null;
    }

    /**
     * Runs an agent action, mapping its outcomes to statuses: refusals the caller must not retry are 4xx
     * with a machine-readable {@code error} code; only upstream failures are 502.
     */
    private static WidgetResponse act(Supplier<byte[]> action) {
        try {
            return json(200, action.get());
        } catch (RewardNotEligibleException e) {
            return error(409, "reward_not_eligible", e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(400, "invalid_request", e.getMessage());
        } catch (AnnexCloudNotFoundException e) {
            return error(404, "not_a_member", "the customer is not a loyalty member");
        } catch (AnnexCloudException e) {
            return refusal(e).orElseGet(() -> upstreamError(e));
        } catch (SdkException e) {
            return upstreamError(e);
        }
    }

    /** A member state Annex Cloud refuses points for: retrying cannot help. */
    private static Optional<WidgetResponse> refusal(AnnexCloudException e) {
        Optional<AnnexCloudErrorCode> code = e.errorCode();
        if (code.filter(AnnexCloudErrorCode.AC1009::equals).isPresent()) {
            return Optional.of(error(422, "member_opted_out", "the member opted out of the loyalty program"));
        }
        if (code.filter(AnnexCloudErrorCode.AC1008::equals).isPresent()) {
            return Optional.of(error(422, "member_blocked", "the member is blocked in the loyalty program"));
        }
        if (e instanceof AnnexCloudInvalidRequestException) {
            return Optional.of(error(422, "refused_by_loyalty_service", "the loyalty service refused the action"));
        }
        return Optional.empty();
    }

    private static WidgetResponse upstreamError(SdkException e) {
        LOG.debug("agent action failed upstream: {}", UpstreamFailure.describe(e));
        return error(502, "upstream_error", "the loyalty service failed");
    }

    /**
     * Routes a new ticket within the response timeout. It never fails the ticket: Gorgias deactivates an
     * integration after 100 failed calls in a row, so a timeout or any failure (upstream, or a bug) is still a 200
     * that says so (routing that timed out may still finish).
     */
    private RoutingOutcome route(LoyaltyBridge tenant, NewTicket ticket) {
        try {
            return tenant.routeTicketAsync(ticket, routing).get(responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.debug("routing ticket {} did not finish within {}", ticket.ticketId(), responseTimeout);
            return RoutingOutcome.untagged(RoutingOutcome.Reason.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RoutingOutcome.untagged(RoutingOutcome.Reason.TIMEOUT);
        } catch (ExecutionException | RuntimeException e) {
            LOG.debug("routing ticket {} failed: {}", ticket.ticketId(), UpstreamFailure.describe(Futures.unwrap(e)));
            return RoutingOutcome.untagged(RoutingOutcome.Reason.UPSTREAM_ERROR);
        }
    }

    private static WidgetResponse routed(RoutingOutcome outcome) {
        return json(200, Json.write(outcome));
    }

    private WidgetResponse lookup(LoyaltyBridge tenant, TicketCustomer customer) {
        try {
            LoyaltyCard card = tenant.lookupAsync(customer).get(responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return json(200, Json.write(card));
        } catch (TimeoutException e) {
            return error(504, "upstream_timeout", "the loyalty service did not answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "unavailable", "the server is shutting down");
        } catch (ExecutionException e) {
            Throwable cause = Futures.unwrap(e);
            if (cause instanceof SdkException) {
                LOG.debug("loyalty lookup failed upstream: {}", UpstreamFailure.describe(cause));
                return error(502, "upstream_error", "the loyalty service failed");
            }
            throw new IllegalStateException("lookup failed", cause);
        }
    }

    /** The bridge the caller's token grants, if any. */
    private Optional<LoyaltyBridge> authenticate(WidgetRequest request) {
        Optional<String> token = request.header(AuthorizationHeader.NAME)
                .map(String::trim)
                .filter(value -> value.length() > 7 && value.substring(0, 7).equalsIgnoreCase("Bearer "))
                .map(value -> value.substring(7).trim())
                .filter(value -> !value.isEmpty());
        if (token.isEmpty()) {
            return Optional.empty();
        }
        boolean matched = false;
        for (Secret accepted : bearerTokens) {
            matched |= accepted.matches(token.get()); // no early exit: every token is compared
        }
        if (matched) {
            return Optional.of(bridge);
        }
        AccessToken accessToken;
        try {
            accessToken = AccessTokenCodec.decode(token.get());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return tenants.resolve(accessToken);
    }

    private static TicketCustomer customerOf(WidgetRequest request) {
        String email = EmailAddress.validate(request.queryParameter("email").orElse(""));
        return TicketCustomer.builder()
                .email(email)
                .firstName(name(request, "firstName"))
                .lastName(name(request, "lastName"))
                .build();
    }

    private static Optional<String> name(WidgetRequest request, String parameter) {
        Optional<String> raw = request.queryParameter(parameter);
        Optional<String> value = raw.map(String::strip).filter(s -> !s.isEmpty());
        value.ifPresent(text -> {
            if (text.length() > MAX_NAME_LENGTH || raw.get().chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(parameter + " must be at most " + MAX_NAME_LENGTH
                        + " characters without control characters");
            }
        });
        return value;
    }

    static WidgetResponse error(int status, String code, String message) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("error", code);
        body.put("message", message);
        return json(status, Json.write(body));
    }

    static WidgetResponse json(int status, byte[] body) {
        return WidgetResponse.builder()
                .status(status)
                .headers(Map.of("Content-Type", "application/json; charset=utf-8", "Cache-Control", "no-store"))
                .body(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                .build();
    }

    @Override
    public String toString() {
        return "WidgetEndpoint[GET " + path + "]";
    }
}
