package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.SandboxMember;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders members the way Annex Cloud answers: numbers sometimes as strings and sometimes as numbers,
 * exactly as in the vendor's samples, timestamps like {@code 2018-04-01T00:00:00-0700}, {@code ""} for
 * absent values.
 */
final class AnnexViews {
    static final int ACTIVITY_PAGE_SIZE = 10;

    private final String siteId;
    private final AnnexSite site;

    AnnexViews(String siteId, AnnexSite site) {
        this.siteId = siteId;
        this.site = site;
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

    /**
     * {@code GET /points/{id}}: as the vendor's sample, some figures strings and some numbers; on a site
     * with decimal precision every points figure is a decimal string.
     */
    ObjectNode balance(SandboxMember m) {
        ObjectNode balance = JsonBody.MAPPER.createObjectNode().put("id", m.id());
        points(balance, "availablePoints", m.availablePoints(), false);
        points(balance, "usedPoints", m.usedPoints(), false);
        points(balance, "expiredPoints", m.expiredPoints(), false);
        points(balance, "lifetimePoints", m.lifetimePoints(), false);
        balance.put("earnedPointsPeriod", "anniversaryYear").put("spendPointsPeriod", "calenderYear");
        points(balance, "earnedPoints", m.earnedPoints(), false);
        points(balance, "spendPoints", m.spendPoints(), false);
        points(balance, "holdPoints", m.holdPoints(), true);
        points(balance, "usedPointsOnReward", m.usedPointsOnReward(), false);
        points(balance, "pointsToExpire", m.pointsToExpire(), false);
        points(balance, "pointsToNextTier", site.tiers().pointsToNextTier(m.earnedPoints()), true);
        return balance.put("spendToNextTier", 0)
                .put("pointsToExpireDate", Timestamps.annex(m.pointsToExpireDate()))
                .put("creditsToCurrencyRatio", "1")
                .set("creditsToCurrencyValue", site.decimalPlaces() == 0
                        ? JsonBody.MAPPER.getNodeFactory().numberNode(m.availablePoints())
                        : JsonBody.MAPPER.getNodeFactory().textNode(site.points(m.availablePoints())));
    }

    /** {@code GET /users/{id}/tiers}, with the vendor's capitalised {@code PointsToNextTier}. */
    ObjectNode tiers(SandboxMember m) {
        return JsonBody.MAPPER.createObjectNode()
                .put("currentTier", site.tiers().tierFor(m.earnedPoints()))
                .put("previousTier", m.previousTier().orElse(""))
                .put("tierAchieveDate", Timestamps.annex(m.tierAchieveDate()))
                .put("tierExpirationDate", Timestamps.annex(m.tierExpirationDate()))
                .put("nextTier", site.tiers().nextTier(m.earnedPoints()).orElse(""))
                .put("PointsToNextTier", site.points(site.tiers().pointsToNextTier(m.earnedPoints())))
                .put("purchaseRatio", "1")
                .put("currentTierPurchaseRatio", "1")
                .put("spendAmountToNextTier", "");
    }

    /** A points figure: a string, or where the vendor's sample has a number and the site is whole, a number. */
    private void points(ObjectNode node, String field, BigDecimal value, boolean numberOnWholeSite) {
        if (numberOnWholeSite && site.decimalPlaces() == 0) {
            node.put(field, value);
        } else {
            node.put(field, site.points(value));
        }
    }

    /**
     * {@code GET /users/{id}/activity?page=N}: the {@code activityDetail} items of the SAP connector's
     * beans, newest first, {@value #ACTIVITY_PAGE_SIZE} a page, with {@code currentPage}, {@code pages} and
     * {@code totalActivityCount}; every value a string as in those beans, {@code ""} for absent ones.
     */
    ObjectNode activity(List<PointsTransaction> history, int page) {
        ObjectNode answer = JsonBody.MAPPER.createObjectNode().put("siteId", siteId);
        ArrayNode items = answer.putArray("activityDetail");
        for (PointsTransaction t : newestFirst(history, page)) {
            boolean credit = t.activity().equals("CREDIT");
            items.addObject()
                    .put("actionId", t.actionId().orElse(""))
                    .put("activity", t.activity())
                    .put("credit", credit ? site.points(t.points()) : "")
                    .put("debit", credit ? "" : site.points(t.points()))
                    .put("displayText", t.displayText())
                    .put("createDate", Timestamps.annex(java.util.Optional.of(t.at())))
                    .put("expireDate", "")
                    .put("rewardId", t.rewardId().orElse(""))
                    .put("rewardCode", t.rewardCode().orElse(""));
        }
        return answer.put("currentPage", Integer.toString(page))
                .put("pages", Integer.toString(pages(history)))
                .put("totalActivityCount", Integer.toString(history.size()));
    }

    /**
     * {@code GET /users/{id}/usedreward?page=N}: the reward codes the member's redemptions issued, as the SAP
     * connector's {@code ACUsedRewardListResponse} beans read them: {@code rewardDetail} items ({@code
     * rewardCode}, {@code pointsUsed}, {@code rewardName}, {@code rewardStatus}, {@code reason}, {@code
     * createDate}), newest first, {@value #ACTIVITY_PAGE_SIZE} a page, with {@code pages} and {@code
     * current_page} (snake case, as in those beans). No public source gives {@code rewardStatus} values: the
     * sandbox says {@code Used}.
     */
    ObjectNode usedRewards(List<PointsTransaction> history, int page) {
        List<PointsTransaction> redemptions = history.stream().filter(t -> t.rewardCode().isPresent()).toList();
        ObjectNode answer = JsonBody.MAPPER.createObjectNode();
        ArrayNode items = answer.putArray("rewardDetail");
        for (PointsTransaction t : newestFirst(redemptions, page)) {
            items.addObject()
                    .put("rewardCode", t.rewardCode().orElseThrow())
                    .put("pointsUsed", site.points(t.points()))
                    .put("rewardName", t.rewardId().flatMap(RewardCatalogue::find).map(RewardCatalogue.Reward::name)
                            .orElse(t.displayText()))
                    .put("rewardStatus", "Used")
                    .put("reason", t.displayText())
                    .put("createDate", Timestamps.annex(java.util.Optional.of(t.at())));
        }
        return answer.put("pages", Integer.toString(pages(redemptions)))
                .put("current_page", Integer.toString(page));
    }

    /** The entries of one page, newest first. */
    private static List<PointsTransaction> newestFirst(List<PointsTransaction> history, int page) {
        List<PointsTransaction> items = new ArrayList<>();
        int newest = history.size() - 1 - (page - 1) * ACTIVITY_PAGE_SIZE;
        for (int i = newest; i >= 0 && i > newest - ACTIVITY_PAGE_SIZE; i--) {
            items.add(history.get(i));
        }
        return items;
    }

    private static int pages(List<PointsTransaction> history) {
        return (history.size() + ACTIVITY_PAGE_SIZE - 1) / ACTIVITY_PAGE_SIZE;
    }

    /**
     * {@code GET /users/{id}/reward}: the whole catalogue as {@code rewardDetail} items (SAP connector
     * beans), each {@code eligible} {@code YES} when the member can afford it now, else {@code NO}.
     */
    ObjectNode rewards(SandboxMember m) {
        ObjectNode answer = JsonBody.MAPPER.createObjectNode()
                .put("creditsToCurrencyRatio", "1")
                .put("creditsToCurrencyValue", site.points(m.availablePoints()));
        ArrayNode rewards = answer.putArray("rewardDetail");
        RewardCatalogue.all().forEach(r -> rewards.addObject()
                .put("rewardId", r.id())
                .put("displayText", r.name())
                .put("creditRequired", site.points(r.points()))
                .put("eligible", r.points().compareTo(m.availablePoints()) <= 0 ? "YES" : "NO")
                .put("rewardUrl", "")
                .put("rewardImageUrl", ""));
        return answer;
    }
}
