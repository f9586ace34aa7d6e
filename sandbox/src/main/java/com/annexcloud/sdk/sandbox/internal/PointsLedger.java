package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.ImmutableSandboxMember;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.annexcloud.sdk.sandbox.TierThresholds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code POST /points}: validates a call of any of the five documented shapes as Annex Cloud does,
 * deduplicates it by {@code customId} and {@code orderId} per member, and applies it to the balance.
 */
final class PointsLedger {
    /** Points given by an action when the call names no {@code credit}. */
    private static final Map<String, Long> ACTION_CREDITS = Map.of("100", 10L, "101", 100L);
    private static final String[] ECHOED = {"id", "actionId", "rewardId", "activity", "orderId", "customId",
        "credit", "debit", "reason", "source", "storeId"};

    private final MemberBook book;
    private final TierThresholds tiers;
    private final Clock clock;

    PointsLedger(MemberBook book, TierThresholds tiers, Clock clock) {
        this.book = book;
        this.tiers = tiers;
        this.clock = clock;
    }

    /** A validated call. */
    private record Call(String memberId, boolean credit, long points, Optional<RewardCatalogue.Reward> reward,
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
    private static Call parse(ObjectNode body) {
        Optional<String> id = JsonBody.text(body, "id");
        Optional<String> activity = JsonBody.text(body, "activity").map(a -> a.toUpperCase(Locale.ROOT));
        Optional<String> actionId = JsonBody.text(body, "actionId");
        Refusal.require(id.isPresent() && activity.isPresent()
                && (actionId.isPresent() || JsonBody.text(body, "reason").isPresent()), AnnexErrors.MISSING_PARAMETERS::response);
        boolean credit = activity.get().equals("CREDIT");
        Refusal.require(credit || activity.get().equals("DEBIT"), AnnexErrors.INVALID_PARAMETERS::response);
        OptionalLong amount = amount(body, credit ? "credit" : "debit");
        if (credit) {
            if (amount.isPresent()) {
                return new Call(id.get(), true, amount.getAsLong(), Optional.empty(), body);
            }
            Refusal.require(actionId.isPresent(), AnnexErrors.MISSING_PARAMETERS::response);
            Long given = ACTION_CREDITS.get(actionId.get());
            Refusal.require(given != null, AnnexErrors.INVALID_PARAMETERS::response);
            return new Call(id.get(), true, given, Optional.empty(), body);
        }
        Refusal.require(JsonBody.text(body, "orderId").isPresent(), AnnexErrors.MISSING_PARAMETERS::response);
        Optional<String> rewardId = JsonBody.text(body, "rewardId");
        if (rewardId.isPresent()) {
            Optional<RewardCatalogue.Reward> reward = RewardCatalogue.find(rewardId.get());
            Refusal.require(reward.isPresent(), AnnexErrors.INVALID_PARAMETERS::response);
            return new Call(id.get(), false, reward.get().points(), reward, body);
        }
        Refusal.require(amount.isPresent(), AnnexErrors.MISSING_PARAMETERS::response);
        return new Call(id.get(), false, amount.getAsLong(), Optional.empty(), body);
    }

    /** A positive whole number of points, if given. */
    private static OptionalLong amount(ObjectNode body, String field) {
        try {
            OptionalLong amount = JsonBody.whole(body, field);
            Refusal.require(amount.isEmpty() || amount.getAsLong() > 0, AnnexErrors.INVALID_PARAMETERS::response);
            return amount;
        } catch (NumberFormatException | ArithmeticException e) {
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
        Optional<String> customKey = call.field("customId").map(k -> "customId:" + k);
        Optional<String> orderKey = call.field("orderId").map(k -> "orderId:" + k);
        if (customKey.filter(entry.usedKeys::contains).isPresent()
                || orderKey.filter(entry.usedKeys::contains).isPresent()) {
            return AnnexErrors.DUPLICATE_ORDER.response();
        }
        if (!call.credit && call.points > before.availablePoints()) {
            return AnnexErrors.INVALID_PARAMETERS.response();
        }
        OffsetDateTime now = Timestamps.annexNow(clock);
        SandboxMember after = moved(before, call, now);
        entry.member = after;
        customKey.ifPresent(entry.usedKeys::add);
        orderKey.ifPresent(entry.usedKeys::add);
        long number = book.nextTransaction();
        PointsTransaction transaction = new PointsTransaction(number, call.credit ? "CREDIT" : "DEBIT", call.points,
                call.field("actionId"), call.reward.map(RewardCatalogue.Reward::id), call.field("orderId"),
                call.field("customId"), call.field("reason").or(() -> call.reward.map(RewardCatalogue.Reward::name)),
                now, after.availablePoints());
        entry.history.add(transaction);
        return SandboxResponse.json(200, answer(call, after, transaction));
    }

    private SandboxMember moved(SandboxMember before, Call call, OffsetDateTime now) {
        ImmutableSandboxMember.Builder next = SandboxMember.builder().from(before).updateDate(now);
        if (call.credit) {
            next.availablePoints(before.availablePoints() + call.points)
                    .lifetimePoints(before.lifetimePoints() + call.points)
                    .earnedPoints(before.earnedPoints() + call.points);
        } else {
            next.availablePoints(before.availablePoints() - call.points)
                    .usedPoints(before.usedPoints() + call.points)
                    .spendPoints(before.spendPoints() + call.points)
                    .usedPointsOnReward(before.usedPointsOnReward() + (call.reward.isPresent() ? call.points : 0));
        }
        String oldTier = tiers.tierFor(before.earnedPoints());
        String newTier = tiers.tierFor(call.credit ? before.earnedPoints() + call.points : before.earnedPoints());
        if (!oldTier.equals(newTier)) {
            next.previousTier(oldTier).tierAchieveDate(now).tierExpirationDate(now.plusYears(1));
        }
        return next.build();
    }

    private ObjectNode answer(Call call, SandboxMember after, PointsTransaction transaction) {
        ObjectNode answer = JsonBody.MAPPER.createObjectNode();
        for (String field : ECHOED) {
            JsonNode value = call.body.get(field);
            if (value != null && !value.isNull()) {
                answer.set(field, value);
            }
        }
        answer.put("activity", call.credit ? "CREDIT" : "DEBIT");
        if (call.credit) {
            answer.put("credit", call.points).put("pointsAwarded", call.points);
        } else {
            answer.put("debit", Long.toString(call.points));
            transaction.rewardCode().ifPresent(code -> answer.put("rewardCode", code));
        }
        return answer.put("updatedUserTier", tiers.tierFor(after.earnedPoints()))
                .put("updatedAvailablePoints", Long.toString(after.availablePoints()))
                .put("updatedLifetimePoints", Long.toString(after.lifetimePoints()));
    }
}
