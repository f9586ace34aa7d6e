package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.ImmutableSandboxMember;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /points}: validates a call of any of the five documented shapes as Annex Cloud does,
 * deduplicates it per member by {@code orderId} (AC1010 "Duplicate order ID") and, where the site is set
 * to, by {@code customId}, and applies it to the balance in exact decimals.
 */
final class PointsLedger {
    /** Points given by an action when the call names no {@code credit}. */
    private static final Map<String, BigDecimal> ACTION_CREDITS = Map.of("100", BigDecimal.TEN, "101", BigDecimal.valueOf(100));
    private static final String[] ECHOED = {"id", "actionId", "rewardId", "activity", "orderId", "customId",
        "credit", "debit", "reason", "source", "storeId"};

    private final MemberBook book;
    private final AnnexSite site;
    private final Clock clock;

    PointsLedger(MemberBook book, AnnexSite site, Clock clock) {
        this.book = book;
        this.site = site;
        this.clock = clock;
    }

    /** A validated call. */
    private record Call(String memberId, boolean credit, BigDecimal points, Optional<RewardCatalogue.Reward> reward,
                        ObjectNode body) {
        Optional<String> field(String name) {
            return JsonBody.text(body, name);
        }
    }

    SandboxResponse post(byte[] requestBody) {
        Optional<ObjectNode> body = JsonBody.object(requestBody);
        if (body.isEmpty()) {
            return AnnexErrors.INVALID_PARAMETERS.response();
        }
        try {
            Call call = parse(body.get());
            return book.withMember(call.memberId, entry -> apply(entry, call))
                    .orElseGet(AnnexErrors.NO_DATA_FOUND::response);
        } catch (Refusal refusal) {
            return refusal.response();
        }
    }

    /** The call, or an {@link Refusal} with the error the vendor answers for the body. */
    private Call parse(ObjectNode body) {
        Optional<String> id = JsonBody.text(body, "id");
        Optional<String> activity = JsonBody.text(body, "activity").map(a -> a.toUpperCase(Locale.ROOT));
        Optional<String> actionId = JsonBody.text(body, "actionId");
        Refusal.require(id.isPresent() && activity.isPresent()
                && (actionId.isPresent() || JsonBody.text(body, "reason").isPresent()), AnnexErrors.MISSING_PARAMETERS::response);
        boolean credit = activity.get().equals("CREDIT");
        Refusal.require(credit || activity.get().equals("DEBIT"), AnnexErrors.INVALID_PARAMETERS::response);
        Optional<BigDecimal> amount = amount(body, credit ? "credit" : "debit");
        if (credit) {
            if (amount.isPresent()) {
                return new Call(id.get(), true, amount.get(), Optional.empty(), body);
            }
            Refusal.require(actionId.isPresent(), AnnexErrors.MISSING_PARAMETERS::response);
            BigDecimal given = ACTION_CREDITS.get(actionId.get());
            Refusal.require(given != null, AnnexErrors.INVALID_PARAMETERS::response);
            return new Call(id.get(), true, given, Optional.empty(), body);
        }
        Optional<String> rewardId = JsonBody.text(body, "rewardId");
        // The API portal makes orderId optional for a reward redemption; the other debits keep needing one.
        Refusal.require(rewardId.isPresent() || JsonBody.text(body, "orderId").isPresent(),
                AnnexErrors.MISSING_PARAMETERS::response);
        if (rewardId.isPresent()) {
            Optional<RewardCatalogue.Reward> reward = RewardCatalogue.find(rewardId.get());
            Refusal.require(reward.isPresent(), AnnexErrors.INVALID_PARAMETERS::response);
            return new Call(id.get(), false, reward.get().points(), reward, body);
        }
        Refusal.require(amount.isPresent(), AnnexErrors.MISSING_PARAMETERS::response);
        return new Call(id.get(), false, amount.get(), Optional.empty(), body);
    }

    /** A positive amount of points with no more places than the site keeps, if given. */
    private Optional<BigDecimal> amount(ObjectNode body, String field) {
        Optional<String> text = JsonBody.text(body, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(text.get().trim());
            Refusal.require(site.accepts(amount), AnnexErrors.INVALID_PARAMETERS::response);
            return Optional.of(amount);
        } catch (NumberFormatException e) {
            throw new Refusal(AnnexErrors.INVALID_PARAMETERS.response());
        }
    }

    private SandboxResponse apply(MemberBook.Entry entry, Call call) {
        SandboxMember before = entry.member;
        if (!before.status().equalsIgnoreCase("ACTIVE")) {
            return AnnexErrors.USER_BLOCKED.response();
        }
        if (!before.optInStatus().equalsIgnoreCase("YES")) {
            return AnnexErrors.OPT_OUT_USER.response();
        }
        Optional<String> customKey = call.field("customId").filter(k -> site.deduplicatesCustomId()).map(k -> "customId:" + k);
        Optional<String> orderKey = call.field("orderId").map(k -> "orderId:" + k);
        if (customKey.filter(entry.usedKeys::contains).isPresent()
                || orderKey.filter(entry.usedKeys::contains).isPresent()) {
            return AnnexErrors.DUPLICATE_ORDER.response();
        }
        if (!call.credit && call.points.compareTo(before.availablePoints()) > 0) {
            return AnnexErrors.INVALID_PARAMETERS.response();
        }
        OffsetDateTime now = Timestamps.annexNow(clock);
        SandboxMember after = moved(before, call, now);
        entry.member = after;
        customKey.ifPresent(entry.usedKeys::add);
        orderKey.ifPresent(entry.usedKeys::add);
        long number = book.nextTransaction();
        Optional<String> rewardCode = call.reward.map(r -> PointsTransaction.rewardCode(r, number));
        String displayText = call.field("reason").or(() -> call.reward.map(RewardCatalogue.Reward::name))
                .orElse("Action " + call.field("actionId").orElse(""));
        entry.history.add(new PointsTransaction(number, call.credit ? "CREDIT" : "DEBIT", call.points,
                call.field("actionId"), call.reward.map(RewardCatalogue.Reward::id), rewardCode, displayText, now));
        return SandboxResponse.json(200, answer(call, after, rewardCode));
    }

    private SandboxMember moved(SandboxMember before, Call call, OffsetDateTime now) {
        ImmutableSandboxMember.Builder next = SandboxMember.builder().from(before).updateDate(now);
        if (call.credit) {
            next.availablePoints(before.availablePoints().add(call.points))
                    .lifetimePoints(before.lifetimePoints().add(call.points))
                    .earnedPoints(before.earnedPoints().add(call.points));
        } else {
            next.availablePoints(before.availablePoints().subtract(call.points))
                    .usedPoints(before.usedPoints().add(call.points))
                    .spendPoints(before.spendPoints().add(call.points))
                    .usedPointsOnReward(call.reward.isPresent() ? before.usedPointsOnReward().add(call.points)
                            : before.usedPointsOnReward());
        }
        String oldTier = site.tiers().tierFor(before.earnedPoints());
        String newTier = site.tiers().tierFor(call.credit ? before.earnedPoints().add(call.points) : before.earnedPoints());
        if (!oldTier.equals(newTier)) {
            next.previousTier(oldTier).tierAchieveDate(now).tierExpirationDate(now.plusYears(1));
        }
        return next.build();
    }

    private ObjectNode answer(Call call, SandboxMember after, Optional<String> rewardCode) {
        ObjectNode answer = JsonBody.MAPPER.createObjectNode();
        for (String field : ECHOED) {
            JsonNode value = call.body.get(field);
            if (value != null && !value.isNull()) {
                answer.set(field, value);
            }
        }
        answer.put("activity", call.credit ? "CREDIT" : "DEBIT");
        if (call.credit) {
            if (site.decimalPlaces() == 0) {
                answer.put("credit", call.points).put("pointsAwarded", call.points);
            } else {
                answer.put("credit", site.points(call.points)).put("pointsAwarded", site.points(call.points));
            }
        } else {
            answer.put("debit", site.points(call.points));
            rewardCode.ifPresent(code -> answer.put("rewardCode", code));
        }
        return answer.put("updatedUserTier", site.tiers().tierFor(after.earnedPoints()))
                .put("updatedAvailablePoints", site.points(after.availablePoints()))
                .put("updatedLifetimePoints", site.points(after.lifetimePoints()));
    }
}
