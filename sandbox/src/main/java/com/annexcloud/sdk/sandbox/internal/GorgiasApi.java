package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.internal.LenientValues;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Gorgias REST API under {@code /api} and the OAuth endpoints of {@link GorgiasOAuthServer}: routing, authentication, the leaky-bucket rate limit (every
 * JSON answer carries {@code X-Gorgias-Account-Api-Call-Limit}), the customer resources and the
 * integrations and widgets of {@link GorgiasApps}, the macros of {@link GorgiasMacros} and the tickets and tags of
 * {@link GorgiasTickets}.
 */
final class GorgiasApi implements VendorApi {
    static final String CALL_LIMIT = "X-Gorgias-Account-Api-Call-Limit";

    private final CustomerBook book;
    private final GorgiasAuthenticator authenticator;
    private final LeakyBucket bucket;
    private final GorgiasOAuthServer oauth;
    private final Router router = new Router();

    GorgiasApi(CustomerBook book, GorgiasApps apps, GorgiasMacros macros, GorgiasTickets tickets,
               GorgiasAuthenticator authenticator, LeakyBucket bucket, GorgiasOAuthServer oauth) {
        this.book = book;
        this.oauth = oauth;
        this.authenticator = authenticator;
        this.bucket = bucket;
        router.add("PUT", "customers/merge", (request, params) -> merge(request))
                .add("POST", "customers", (request, params) -> create(request))
                .add("GET", "customers", (request, params) ->
                        SandboxResponse.json(200, CustomerListing.page(book.all(), request)))
                .add("GET", "customers/{}", (request, params) ->
                        SandboxResponse.json(200, CustomerViews.full(existing(request, params))))
                .add("PUT", "customers/{}", this::update)
                .add("DELETE", "customers/{}", this::delete)
                .add("PUT", "customers/{}/data", this::setData);
        apps.register(router);
        macros.register(router);
        tickets.register(router);
    }

    @Override
    public String basePath() {
        return "/api";
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        if (oauth.serves(request)) {
            return oauth.handle(request);
        }
        Optional<Router.Match> match = request.inBase() ? router.find(request) : Optional.empty();
        if (match.isEmpty()) {
            return GorgiasErrorResponses.notFoundPage();
        }
        if (!authenticator.authorized(request)) {
            return GorgiasErrorResponses.status(401).withHeader(CALL_LIMIT, bucket.peek().header());
        }
        LeakyBucket.Admission admission = bucket.admit();
        if (!admission.admitted()) {
            return GorgiasErrorResponses.status(429).withHeader(CALL_LIMIT, admission.header())
                    .withHeader("Retry-after", Long.toString(admission.retryAfterSeconds()));
        }
        SandboxResponse response;
        try {
            response = match.get().methodAllowed() ? match.get().handle(request) : GorgiasErrorResponses.status(405);
        } catch (Refusal refusal) {
            response = refusal.response();
        }
        return response.withHeader(CALL_LIMIT, admission.header());
    }

    @Override
    public SandboxResponse injectedError(SandboxRequest request, int status) {
        SandboxResponse error = GorgiasErrorResponses.status(status).withHeader(CALL_LIMIT, bucket.peek().header());
        return status == 429 ? error.withHeader("Retry-after", "1") : error;
    }

    private SandboxResponse create(SandboxRequest request) {
        ObjectNode body = object(request);
        SandboxCustomer customer = CustomerBody.apply(body, SandboxCustomer.builder().build());
        synchronized (book) {
            requireUniqueEmail(customer, Set.of());
            SandboxCustomer created = book.put(SandboxCustomer.builder().from(customer)
                    .meta(customer.meta().orElseGet(() -> JsonBody.MAPPER.createObjectNode().put("name_set_via", "agent")))
                    .build());
            return SandboxResponse.json(201, CustomerViews.full(created));
        }
    }

    private SandboxResponse update(SandboxRequest request, List<String> params) {
        ObjectNode body = object(request);
        long id = existing(request, params).id().orElseThrow();
        SandboxCustomer updated = book.update(id, current -> {
            SandboxCustomer changed = CustomerBody.apply(body, current);
            requireUniqueEmail(changed, Set.of(id));
            return changed;
        }).orElseThrow(() -> new Refusal(GorgiasErrorResponses.status(404)));
        return SandboxResponse.json(200, CustomerViews.full(updated));
    }

    private SandboxResponse delete(SandboxRequest request, List<String> params) {
        Refusal.require(book.delete(existing(request, params).id().orElseThrow()), () -> GorgiasErrorResponses.status(404));
        return SandboxResponse.empty(204);
    }

    /**
     * {@code {"data": …, "version": "<ISO datetime>"}}; a version older than the stored one is ignored.
     * Answers {@code 202} with an empty body, as the "Set a customer's data" reference documents.
     */
    private SandboxResponse setData(SandboxRequest request, List<String> params) {
        ObjectNode body = object(request);
        Refusal.require(body.has("data"), () -> GorgiasErrorResponses.invalid("data", "Missing data for required field."));
        JsonNode data = body.get("data");
        Optional<OffsetDateTime> version = version(body);
        long id = existing(request, params).id().orElseThrow();
        book.update(id, current -> {
            boolean stale = version.isPresent() && current.dataVersion().filter(v -> version.get().isBefore(v)).isPresent();
            return stale ? current : SandboxCustomer.builder().from(current)
                    .data(Optional.ofNullable(data.isNull() ? null : data)).dataVersion(version).build();
        }).orElseThrow(() -> new Refusal(GorgiasErrorResponses.status(404)));
        return SandboxResponse.empty(202);
    }

    /**
     * {@code PUT /customers/merge?source_id=…&target_id=…} with a body of fields to set on the target
     * ({@code channels} included, as the "Merge two customers" reference lists them): the source is merged
     * into the target and deleted (calls naming it answer 301 from then on); answers the target customer. 400 for missing, non-numeric or equal ids, 404 when either customer is unknown.
     */
    private SandboxResponse merge(SandboxRequest request) {
        ObjectNode body = request.body().length == 0 ? JsonBody.MAPPER.createObjectNode() : object(request);
        long source = queryId(request, "source_id");
        long target = queryId(request, "target_id");
        Refusal.require(source != target, () -> GorgiasErrorResponses.invalid("target_id", "Must differ from source_id."));
        SandboxCustomer merged = book.merge(source, target, current -> {
            SandboxCustomer changed = CustomerBody.apply(body, current);
            requireUniqueEmail(changed, Set.of(source, target));
            return changed;
        }).orElseThrow(() -> new Refusal(GorgiasErrorResponses.status(404)));
        return SandboxResponse.json(200, CustomerViews.full(merged));
    }

    private static long queryId(SandboxRequest request, String name) {
        try {
            long id = Long.parseLong(Optional.ofNullable(request.query().get(name)).orElse("").trim());
            Refusal.require(id >= 1, () -> GorgiasErrorResponses.invalid(name, "Must be greater than or equal to 1."));
            return id;
        } catch (NumberFormatException e) {
            throw new Refusal(GorgiasErrorResponses.invalid(name, "Not a valid integer."));
        }
    }

    private static Optional<OffsetDateTime> version(ObjectNode body) {
        Optional<String> text = JsonBody.text(body, "version");
        try {
            return text.map(LenientValues::parseDateTime);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new Refusal(GorgiasErrorResponses.invalid("version", "Not a valid datetime."));
        }
    }

    /**
     * The customer named by the path; 404 for unknown or non-numeric ids. A customer merged into another
     * answers {@code 301} with an empty body and a {@code Location} naming the same path on the surviving
     * customer (Gorgias changelog, "301 redirects on merged customers").
     */
    private SandboxCustomer existing(SandboxRequest request, List<String> params) {
        long id = pathId(params);
        Optional<Long> survivor = book.survivorOf(id);
        if (survivor.isPresent()) {
            List<String> path = new ArrayList<>(request.segments());
            path.set(1, Long.toString(survivor.get()));
            throw new Refusal(SandboxResponse.empty(301).withHeader("Location", basePath() + "/" + String.join("/", path)));
        }
        return book.get(id).orElseThrow(() -> new Refusal(GorgiasErrorResponses.status(404)));
    }

    /** The id in the path; 404 when it is not a number. */
    static long pathId(List<String> params) {
        try {
            return Long.parseLong(params.get(0));
        } catch (NumberFormatException e) {
            throw new Refusal(GorgiasErrorResponses.status(404));
        }
    }

    /** 409 when another customer than {@code own} has the customer's email. */
    private void requireUniqueEmail(SandboxCustomer customer, Set<Long> own) {
        customer.email().flatMap(book::byEmail).filter(other -> !own.contains(other.id().orElseThrow()))
                .ifPresent(other -> {
                    throw new Refusal(GorgiasErrorResponses.status(409));
                });
    }

    /** The body as a JSON object; 400 when it is not one. */
    static ObjectNode object(SandboxRequest request) {
        return JsonBody.object(request.body()).orElseThrow(
                () -> new Refusal(GorgiasErrorResponses.invalid("_schema", "Invalid input type.")));
    }
}
