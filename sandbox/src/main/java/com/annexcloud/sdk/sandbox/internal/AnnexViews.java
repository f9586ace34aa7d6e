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

    /**
     * {@code GET /users/{id}/activity?page=N}: the {@code activityDetail} items of the SAP connector's
     * beans, newest first, {@value #ACTIVITY_PAGE_SIZE} a page, with {@code currentPage}, {@code pages} and
     * {@code totalActivityCount}; every value a string as in those beans, {@code ""} for absent ones.
     */
    ObjectNode activity(List<PointsTransaction> history, int page) {
        int pages = (history.size() + ACTIVITY_PAGE_SIZE - 1) / ACTIVITY_PAGE_SIZE;
        ObjectNode answer = JsonBody.MAPPER.createObjectNode().put("siteId", siteId);
        ArrayNode items = answer.putArray("activityDetail");
        int newest = history.size() - 1 - (page - 1) * ACTIVITY_PAGE_SIZE;
        for (int i = newest; i >= 0 && i > newest - ACTIVITY_PAGE_SIZE; i--) {
            PointsTransaction t = history.get(i);
            boolean credit = t.activity().equals("CREDIT");
            items.addObject()
                    .put("actionId", t.actionId().orElse(""))
                    .put("activity", t.activity())
                    .put("credit", credit ? Long.toString(t.points()) : "")
                    .put("debit", credit ? "" : Long.toString(t.points()))
                    .put("displayText", t.displayText())
                    .put("createDate", Timestamps.annex(java.util.Optional.of(t.at())))
                    .put("expireDate", "")
                    .put("rewardId", t.rewardId().orElse(""))
                    .put("rewardCode", t.rewardCode().orElse(""));
        }
        return answer.put("currentPage", Integer.toString(page))
                .put("pages", Integer.toString(pages))
                .put("totalActivityCount", Integer.toString(history.size()));
    }

    /**
     * {@code GET /users/{id}/reward}: the whole catalogue as {@code rewardDetail} items (SAP connector
     * beans), each {@code eligible} {@code YES} when the member can afford it now, else {@code NO}.
     */
    ObjectNode rewards(SandboxMember m) {
        ObjectNode answer = JsonBody.MAPPER.createObjectNode()
                .put("creditsToCurrencyRatio", "1")
                .put("creditsToCurrencyValue", Long.toString(m.availablePoints()));
        ArrayNode rewards = answer.putArray("rewardDetail");
        RewardCatalogue.all().forEach(r -> rewards.addObject()
                .put("rewardId", r.id())
                .put("displayText", r.name())
                .put("creditRequired", Long.toString(r.points()))
                .put("eligible", r.points() <= m.availablePoints() ? "YES" : "NO")
                .put("rewardUrl", "")
                .put("rewardImageUrl", ""));
        return answer;
    }
}
