package com.annexcloud.sdk.bridge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.ActivityLine;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.RedemptionLine;
import com.annexcloud.sdk.bridge.model.RewardLine;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.loyalty.model.ActivityEntry;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.Reward;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import com.annexcloud.sdk.loyalty.model.UsedReward;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The card mapping on models read from payloads in Annex Cloud's published shapes: the Loyalty V3 API
 * portal's {@code GET /users/{id}}, {@code GET /points/{id}} and {@code GET /users/{id}/tiers} samples
 * (repaired to valid JSON; numbers as strings, offsets without a colon, {@code PointsToNextTier} capitalised),
 * and the {@code activityDetail[]} / {@code rewardDetail[]} items of the official SAP Commerce connector's
 * beans (ACActivityDetails, ACRewardDetails).
 */
class CardMapperTest {
    private static final String USER = "{\"id\":\"user@domain.com\",\"email\":\"user@domain.com\",\"firstName\":\" John \","
            + "\"lastName\":\"Doe\",\"optInStatus\":\"YES\",\"status\":\"ACTIVE\",\"phone\":\"\"}";
    private static final String POINTS = "{\"id\":\"user@domain.com\",\"availablePoints\":\"6656\",\"usedPoints\":\"600\","
            + "\"expiredPoints\":\"0\",\"lifetimePoints\":\"7256\",\"holdPoints\":1000,\"pointsToExpire\":\"56\","
            + "\"pointsToNextTier\":\"75\",\"pointsToExpireDate\":\"2020-01-30T05:30:00+0000\","
            + "\"creditsToCurrencyRatio\":\"1\",\"creditsToCurrencyValue\":6656}";
    private static final String TIER = "{\"currentTier\":\"Silver\",\"previousTier\":\"Bronze\",\"tierAchieveDate\":"
            + "\"2018-04-01T00:00:00-0700\",\"tierExpirationDate\":\"2019-04-01T00:00:00-0700\",\"nextTier\":\"Gold\","
            + "\"PointsToNextTier\":\"120\",\"purchaseRatio\":\"2\",\"spendAmountToNextTier\":\"\"}";
    private static final String CREDIT = "{\"actionId\":\"100\",\"activity\":\"credit\",\"credit\":\"50\",\"debit\":\"0\","
            + "\"displayText\":\"Goodwill\",\"createDate\":\"2026-11-30T10:00:00+0000\",\"expireDate\":\"\"}";
    private static final String DEBIT = "{\"actionId\":\"107\",\"activity\":\"DEBIT\",\"credit\":\"0\",\"debit\":\"500\","
            + "\"displayText\":\"$5 off\",\"createDate\":\"2026-11-29T10:00:00+0000\",\"rewardId\":\"111\"}";
    private static final String REWARD = "{\"rewardId\":\"111\",\"displayText\":\"$5 off\",\"creditRequired\":\"500\","
            + "\"eligible\":true}";
    private static final String REFUSED = "{\"rewardId\":\"222\",\"displayText\":\"$50 off\",\"creditRequired\":\"5000\","
            + "\"eligible\":false}";
    private static final String UNNAMED = "{\"displayText\":\"no id\",\"creditRequired\":\"10\"}";

    @Test
    void mapsEveryVendorFieldToTheWidgetCard() throws IOException {
        LoyaltyCard card = new CardMapper(5, 0).card("user@domain.com", read(USER, AnnexUser.class),
                Optional.of(read(POINTS, PointsBalance.class)), Optional.of(read(TIER, TierStatus.class)),
                Optional.of(List.of()), Optional.of(List.of()), Optional.of(List.of()));

        assertThat(card.member()).isTrue();
        assertThat(card.partial()).isFalse();
        assertThat(card.name()).contains("John Doe");
        assertThat(card.optInStatus()).contains("YES");
        assertThat(card.status()).contains("ACTIVE");
        assertThat(Json.mapper().writeValueAsString(card.points().orElseThrow())).isEqualTo("{\"available\":6656,\"lifetime\":7256,\"used\":600,"
                + "\"expired\":0,\"hold\":1000,\"expiring\":56,\"expiringOn\":\"2020-01-30\",\"currencyValue\":6656}");
        assertThat(card.tier().orElseThrow().pointsToNext()).contains(new BigDecimal("120"));
        assertThat(card.tier().orElseThrow().achievedOn()).contains(LocalDate.of(2018, 4, 1));
        assertThat(card.tier().orElseThrow().expiresOn()).contains(LocalDate.of(2019, 4, 1));
        assertThat(card.tier().orElseThrow().current()).contains("Silver");
    }

    @Test
    void takesTheDistanceToTheNextTierFromPointsWhenTheTierOmitsIt() throws IOException {
        TierStatus tier = read("{\"currentTier\":\"Silver\",\"nextTier\":\"Gold\",\"PointsToNextTier\":\"\"}", TierStatus.class);

        LoyaltyCard card = new CardMapper(0, 0).card("user@domain.com", read(USER, AnnexUser.class),
                Optional.of(read(POINTS, PointsBalance.class)), Optional.of(tier), Optional.of(List.of()),
                Optional.of(List.of()), Optional.of(List.of()));

        assertThat(card.tier().orElseThrow().pointsToNext()).contains(new BigDecimal("75"));
    }

    @Test
    void aMissingSectionMakesThePartialCardAndNoNameFallsBackToTheId() throws IOException {
        AnnexUser user = read("{\"id\":\"user@domain.com\",\"firstName\":\"\",\"lastName\":\" \"}", AnnexUser.class);

        LoyaltyCard card = new CardMapper(0, 0).card("user@domain.com", user, Optional.empty(),
                Optional.of(read(TIER, TierStatus.class)), Optional.of(List.of()), Optional.of(List.of()),
                Optional.of(List.of()));

        assertThat(card.partial()).isTrue();
        assertThat(card.points()).isEmpty();
        assertThat(card.name()).isEmpty();
        assertThat(card.email()).isEqualTo("user@domain.com");
    }

    @Test
    void listsTheNewestActivityWithDebitsNegativeAndOnlyRedeemableRewards() throws IOException {
        List<ActivityEntry> activity = List.of(read(CREDIT, ActivityEntry.class), read(DEBIT, ActivityEntry.class),
                read(CREDIT, ActivityEntry.class));
        List<Reward> rewards = List.of(read(REWARD, Reward.class), read(REFUSED, Reward.class), read(UNNAMED, Reward.class));

        LoyaltyCard card = new CardMapper(2, 0).card("user@domain.com", read(USER, AnnexUser.class),
                Optional.of(read(POINTS, PointsBalance.class)), Optional.of(read(TIER, TierStatus.class)),
                Optional.of(activity), Optional.of(rewards), Optional.of(List.of()));

        assertThat(card.recentActivity()).extracting(ActivityLine::activity)
                .containsExactly(Optional.of("CREDIT"), Optional.of("DEBIT"));
        assertThat(card.recentActivity()).extracting(ActivityLine::points)
                .containsExactly(Optional.of(new BigDecimal("50")), Optional.of(new BigDecimal("-500")));
        assertThat(card.recentActivity().get(0).date()).contains(LocalDate.of(2026, 11, 30));
        assertThat(card.rewards()).extracting(RewardLine::id).containsExactly("111");
        assertThat(card.rewards().get(0).points()).contains(new BigDecimal("500"));
    }

    @Test
    void usedRewardsBecomeTheNewestRedemptionsWithTheirCodes() throws IOException {
        // rewardDetail[] items of GET /users/{id}/usedreward as the SAP connector's ACUsedRewardDetailResponse bean
        // names them, every value a string (docs/vendor-facts-agent-workflow.md, "Annex Cloud: issued reward codes").
        List<UsedReward> used = List.of(
                read(usedReward("OLD-1", "2026-10-01T10:00:00-0700"), UsedReward.class),
                read(usedReward("NEW-2", "2026-11-02T10:00:00-0700"), UsedReward.class),
                read("{\"rewardCode\":\"\",\"rewardName\":\"no code\",\"createDate\":\"2026-12-01T10:00:00-0700\"}", UsedReward.class),
                read("{\"rewardCode\":\"UNDATED\",\"createDate\":\"\"}", UsedReward.class),
                read(usedReward("MID-3", "2026-10-15T10:00:00-0700"), UsedReward.class));

        List<RedemptionLine> lines = new CardMapper(0, 3).redemptionsOf(used);

        assertThat(lines).extracting(RedemptionLine::code).containsExactly("NEW-2", "MID-3", "OLD-1");
        assertThat(lines.get(0)).isEqualTo(RedemptionLine.builder().code("NEW-2").reward("$5 off your next order")
                .points(new BigDecimal("500")).date(LocalDate.of(2026, 11, 2)).status("Used").build());
        assertThat(new CardMapper(0, 5).redemptionsOf(used)).extracting(RedemptionLine::code).last().isEqualTo("UNDATED");
    }

    @Test
    void theHistorysRewardCodesAreRedemptionsWithoutAStatus() throws IOException {
        // activityDetail[] items carry rewardId and rewardCode on a redemption (SAP connector ACActivityDetailResponse).
        List<ActivityEntry> history = List.of(read(CREDIT, ActivityEntry.class),
                read(DEBIT.replace("}", ",\"rewardCode\":\"SBX111-000001\"}"), ActivityEntry.class), read(DEBIT, ActivityEntry.class));

        List<RedemptionLine> lines = new CardMapper(0, 5).redemptionsIn(history);

        assertThat(lines).containsExactly(RedemptionLine.builder().code("SBX111-000001").reward("$5 off")
                .points(new BigDecimal("500")).date(LocalDate.of(2026, 11, 29)).build());
    }

    @Test
    void aMissingRedemptionsSectionMakesThePartialCard() throws IOException {
        LoyaltyCard card = new CardMapper(0, 3).card("user@domain.com", read(USER, AnnexUser.class),
                Optional.of(read(POINTS, PointsBalance.class)), Optional.of(read(TIER, TierStatus.class)),
                Optional.of(List.of()), Optional.of(List.of()), Optional.empty());

        assertThat(card.partial()).isTrue();
        assertThat(card.redemptions()).isEmpty();
    }

    private static String usedReward(String code, String date) {
        return "{\"rewardCode\":\"" + code + "\",\"pointsUsed\":\"500.00\",\"rewardName\":\"$5 off your next order\","
                + "\"rewardStatus\":\"Used\",\"reason\":\"claim\",\"createDate\":\"" + date + "\"}";
    }

    private static <T> T read(String json, Class<T> type) throws IOException {
        return Json.mapper().readValue(json, type);
    }
}
