package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.SandboxMember;
import com.annexcloud.sdk.sandbox.TierThresholds;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Renders members the way Annex Cloud answers: numbers sometimes as strings and sometimes as numbers,
 * exactly as in the vendor's samples, timestamps like {@code 2018-04-01T00:00:00-0700}, {@code ""} for
 * absent values.
 */
final class AnnexViews {
    static final int ACTIVITY_PAGE_SIZE = 10;

    private final String siteId;
    private final TierThresholds tiers;

    AnnexViews(String siteId, TierThresholds tiers) {
        this.siteId = siteId;
        this.tiers = tiers;
    }

    /** {@code GET /users/{id}} (flat; the caller wraps it in {@code Data} when asked). */
    ObjectNode user(SandboxMember m) {
        ObjectNode attributes = JsonBody.MAPPER.createObjectNode();
        m.extendedAttribute().forEach(attributes::put);
        ObjectNode user = JsonBody.MAPPER.createObjectNode()
                .put("id", m.id())
                .put("email", m.email().orElse(""))
                .put("firstName", m.firstName().orElse(""))
                .put("lastName", m.lastName().orElse(""))
                .put("zipCode", m.zipCode().orElse(""))
                .put("optInStatus", m.optInStatus())
                .put("status", m.status())
                .put("phone", m.phone().orElse(""))
                .put("birthDate", Timestamps.annex(m.birthDate()))
                .put("anniversaryDate", Timestamps.annex(m.anniversaryDate()))
                .put("userProfileImageUrl", m.userProfileImageUrl().orElse(""))
                .put("createDate", Timestamps.annex(m.createDate()))
                .put("updateDate", Timestamps.annex(m.updateDate()))
                .put("totalSpendCurrency", m.totalSpendCurrency().toPlainString())
                .put("optInDate", Timestamps.annex(m.optInDate()))
                .put("siteId", siteId);
        user.set("extendedAttribute", attributes);
        return user;
    }

    /** {@code GET /points/{id}}. */
    ObjectNode balance(SandboxMember m) {
        return JsonBody.MAPPER.createObjectNode()
                .put("id", m.id())
                .put("availablePoints", Long.toString(m.availablePoints()))
                .put("usedPoints", Long.toString(m.usedPoints()))
                .put("expiredPoints", Long.toString(m.expiredPoints()))
                .put("lifetimePoints", Long.toString(m.lifetimePoints()))
                .put("earnedPointsPeriod", "anniversaryYear")
                .put("spendPointsPeriod", "calenderYear")
                .put("earnedPoints", Long.toString(m.earnedPoints()))
                .put("spendPoints", Long.toString(m.spendPoints()))
                .put("holdPoints", m.holdPoints())
                .put("usedPointsOnReward", Long.toString(m.usedPointsOnReward()))
                .put("pointsToExpire", Long.toString(m.pointsToExpire()))
                .put("pointsToNextTier", tiers.pointsToNextTier(m.earnedPoints()))
                .put("spendToNextTier", 0)
                .put("pointsToExpireDate", Timestamps.annex(m.pointsToExpireDate()))
                .put("creditsToCurrencyRatio", "1")
                .put("creditsToCurrencyValue", m.availablePoints());
    }

    /** {@code GET /users/{id}/tiers}, with the vendor's capitalised {@code PointsToNextTier}. */
    ObjectNode tiers(SandboxMember m) {
        return JsonBody.MAPPER.createObjectNode()
                .put("currentTier", tiers.tierFor(m.earnedPoints()))
                .put("previousTier", m.previousTier().orElse(""))
                .put("tierAchieveDate", Timestamps.annex(m.tierAchieveDate()))
                .put("tierExpirationDate", Timestamps.annex(m.tierExpirationDate()))
                .put("nextTier", tiers.nextTier(m.earnedPoints()).orElse(""))
                .put("PointsToNextTier", Long.toString(tiers.pointsToNextTier(m.earnedPoints())))
                .put("purchaseRatio", "1")
                .put("currentTierPurchaseRatio", "1")
                .put("spendAmountToNextTier", "");
    }

    /** {@code GET /users/{id}/activity?page=N}: history newest first, {@value #ACTIVITY_PAGE_SIZE} a page. */
    ObjectNode activity(SandboxMember m, List<PointsTransaction> history, int page) {
        int pages = (history.size() + ACTIVITY_PAGE_SIZE - 1) / ACTIVITY_PAGE_SIZE;
        ObjectNode answer = JsonBody.MAPPER.createObjectNode()
                .put("id", m.id())
                .put("page", Integer.toString(page))
                .put("totalPages", Integer.toString(pages));
        ArrayNode items = answer.putArray("activities");
        int newest = history.size() - 1 - (page - 1) * ACTIVITY_PAGE_SIZE;
        for (int i = newest; i >= 0 && i > newest - ACTIVITY_PAGE_SIZE; i--) {
            PointsTransaction t = history.get(i);
            items.addObject()
                    .put("transactionId", Long.toString(t.number()))
                    .put("activity", t.activity())
                    .put(t.activity().equals("CREDIT") ? "credit" : "debit", Long.toString(t.points()))
                    .put("actionId", t.actionId().orElse(""))
                    .put("rewardId", t.rewardId().orElse(""))
                    .put("rewardCode", t.rewardCode().orElse(""))
                    .put("orderId", t.orderId().orElse(""))
                    .put("customId", t.customId().orElse(""))
                    .put("reason", t.reason().orElse(""))
                    .put("createDate", Timestamps.annex(java.util.Optional.of(t.at())))
                    .put("updatedAvailablePoints", Long.toString(t.availableAfter()));
        }
        return answer;
    }

    /** {@code GET /users/{id}/reward}: the rewards the member can afford now. */
    ObjectNode rewards(SandboxMember m) {
        ObjectNode answer = JsonBody.MAPPER.createObjectNode()
                .put("id", m.id())
                .put("availablePoints", Long.toString(m.availablePoints()));
        ArrayNode rewards = answer.putArray("rewards");
        RewardCatalogue.affordable(m.availablePoints()).forEach(r -> rewards.addObject()
                .put("rewardId", r.id())
                .put("rewardName", r.name())
                .put("points", Long.toString(r.points())));
        return answer;
    }
}
