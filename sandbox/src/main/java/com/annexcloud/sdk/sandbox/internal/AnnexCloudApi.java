package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.ImmutableSandboxMember;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The Annex Cloud Loyalty V3 API under {@code /api/3.0}: routing, authentication and the user resources. */
final class AnnexCloudApi implements VendorApi {
    private static final Set<String> BODY_SIGNED = Set.of("POST", "PATCH", "PUT");

    private final MemberBook book;
    private final AnnexAuthenticator authenticator;
    private final AnnexViews views;
    private final PointsLedger ledger;
    private final Clock clock;
    private final Router router = new Router();
    private volatile boolean wrapUsersInData;

    AnnexCloudApi(MemberBook book, AnnexAuthenticator authenticator, AnnexViews views, PointsLedger ledger,
                  Clock clock) {
        this.book = book;
        this.authenticator = authenticator;
        this.views = views;
        this.ledger = ledger;
        this.clock = clock;
        router.add("POST", "users", (request, params) -> createUser(request))
                .add("GET", "users/{}", member(this::wrapped))
                .add("PATCH", "users/{}", this::updateUser)
                .add("PUT", "users/{}", this::updateUser)
                .add("GET", "users/{}/tiers", member(views::tiers))
                .add("GET", "users/{}/activity", history(views::activity))
                .add("GET", "users/{}/usedreward", history(views::usedRewards))
                .add("GET", "users/{}/reward", member(views::rewards))
                .add("POST", "points", (request, params) -> ledger.post(request.body()))
                .add("GET", "points/{}", member(views::balance));
    }

    void wrapUsersInData(boolean wrap) {
        wrapUsersInData = wrap;
    }

    @Override
    public String basePath() {
        return "/api/3.0";
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        Optional<Router.Match> match = request.inBase() ? router.find(request) : Optional.empty();
        if (match.isEmpty()) {
            return AnnexErrors.SOMETHING_WENT_WRONG.response();
        }
        if (!match.get().methodAllowed()) {
            return AnnexErrors.METHOD_NOT_ALLOWED.response();
        }
        if (!authenticator.authorized(request, signedPayload(request, match.get().params()))) {
            return AnnexErrors.NOT_AUTHORIZED.response();
        }
        try {
            return match.get().handle(request);
        } catch (Refusal refusal) {
            return refusal.response();
        }
    }

    @Override
    public SandboxResponse injectedError(SandboxRequest request, int status) {
        return AnnexErrors.forStatus(status);
    }

    /** The request body for POST/PATCH/PUT, else the member id as a JSON string literal. */
    private static byte[] signedPayload(SandboxRequest request, List<String> params) {
        if (BODY_SIGNED.contains(request.method()) || params.isEmpty()) {
            return request.body();
        }
        try {
            return JsonBody.MAPPER.writeValueAsBytes(params.get(0));
        } catch (JsonProcessingException e) {
            return new byte[0];
        }
    }

    /** A GET handler for one member's view; AC1005 when the member is unknown. */
    private BiFunction<SandboxRequest, List<String>, SandboxResponse> member(
            Function<SandboxMember, JsonNode> view) {
        return (request, params) -> book.get(params.get(0))
                .map(m -> SandboxResponse.json(200, view.apply(m)))
                .orElseGet(AnnexErrors.NO_DATA_FOUND::response);
    }

    private JsonNode wrapped(SandboxMember member) {
        ObjectNode user = views.user(member);
        if (!wrapUsersInData && !member.wrapInData()) {
            return user;
        }
        ObjectNode envelope = JsonBody.MAPPER.createObjectNode();
        envelope.set("Data", user);
        return envelope;
    }

    private SandboxResponse createUser(SandboxRequest request) {
        ObjectNode body = JsonBody.object(request.body()).orElseThrow(
                () -> new Refusal(AnnexErrors.INVALID_PARAMETERS.response()));
        Optional<String> id = JsonBody.text(body, "id");
        Refusal.require(id.isPresent(), AnnexErrors.MISSING_PARAMETERS::response);
        OffsetDateTime now = Timestamps.annexNow(clock);
        ImmutableSandboxMember.Builder builder = SandboxMember.builder().id(id.get()).createDate(now).updateDate(now);
        MemberFields.apply(body, builder);
        SandboxMember member = builder.build();
        if (member.optInStatus().equals("YES")) {
            member = SandboxMember.builder().from(member).optInDate(now).build();
        }
        Refusal.require(book.create(member), AnnexErrors.ALREADY_EXISTS::response);
        return SandboxResponse.json(200, views.user(member));
    }

    private SandboxResponse updateUser(SandboxRequest request, List<String> params) {
        ObjectNode body = JsonBody.object(request.body()).orElseThrow(
                () -> new Refusal(AnnexErrors.INVALID_PARAMETERS.response()));
        OffsetDateTime now = Timestamps.annexNow(clock);
        return book.withMember(params.get(0), entry -> {
            ImmutableSandboxMember.Builder builder = SandboxMember.builder().from(entry.member).updateDate(now);
            MemberFields.apply(body, builder);
            SandboxMember updated = builder.build();
            if (updated.optInStatus().equals("YES") && updated.optInDate().isEmpty()) {
                updated = SandboxMember.builder().from(updated).optInDate(now).build();
            }
            entry.member = updated;
            return SandboxResponse.json(200, views.user(updated));
        }).orElseGet(AnnexErrors.NO_DATA_FOUND::response);
    }

    /** A paged GET of one member's points history ({@code ?page=N}, from 1); AC1007 for a bad page. */
    private BiFunction<SandboxRequest, List<String>, SandboxResponse> history(
            BiFunction<List<PointsTransaction>, Integer, JsonNode> view) {
        return (request, params) -> {
            int page;
            try {
                page = Integer.parseInt(request.query().getOrDefault("page", "1").trim());
            } catch (NumberFormatException e) {
                return AnnexErrors.INVALID_PARAMETERS.response();
            }
            if (page < 1) {
                return AnnexErrors.INVALID_PARAMETERS.response();
            }
            return book.withMember(params.get(0),
                            entry -> SandboxResponse.json(200, view.apply(List.copyOf(entry.history), page)))
                    .orElseGet(AnnexErrors.NO_DATA_FOUND::response);
        };
    }
}
