package com.annexcloud.sdk.loyalty;

/**
 * The integration document's samples, repaired into valid JSON (the doubled quote of {@code phone}, the
 * {@code ["KEY1": …]} attribute list, comments and trailing commas) with their string/number quirks kept.
 */
final class Samples {
    static final String USER = """
            {"id": "user@domain.com", "email": "user@domain.com", "firstName": "John", "lastName": "Doe",
             "zipCode": "90002", "optInStatus": "YES", "status": "ACTIVE", "phone": "123-123-4567",
             "birthDate": "2018-04-01T00:00:00-0700", "anniversaryDate": "2018-04-01T00:00:00-0700",
             "userProfileImageUrl": "https://www.socialannex.com/public/manageoptionsdesign16/images/product_landing/loyalty-hover.png",
             "createDate": "2018-04-01T00:00:00-0700", "updateDate": "2018-04-01T00:00:00-0700",
             "totalSpendCurrency": "150", "extendedAttribute": {"KEY1": "VALUE1", "KEY2": "VALUE2"}}""";

    static final String CREATE_USER_REQUEST = """
            {"id": "user@domain.com", "email": "user@domain.com", "firstName": "John", "lastName": "Doe",
             "zipCode": "90002", "optInStatus": "YES", "status": "ACTIVE", "phone": "123-123-4567",
             "birthDate": "2018-04-01T00:00:00-0700", "anniversaryDate": "2018-04-01T00:00:00-0700",
             "userProfileImageUrl": "https://www.socialannex.com/public/manageoptionsdesign16/images/product_landing/loyalty-hover.png",
             "createDate": "2018-04-01T00:00:00-0700",
             "extendedAttribute": {"KEY1": "VALUE1", "KEY2": "VALUE2"}}""";

    static final String POINTS_BALANCE = """
            {"id": "johan19.sa@gmail.com", "availablePoints": "6656", "usedPoints": "600", "expiredPoints": "0",
             "lifetimePoints": "7256", "earnedPointsPeriod": "anniversaryYear", "spendPointsPeriod": "calenderYear",
             "earnedPoints": "1200", "spendPoints": "350", "holdPoints": 1000, "usedPointsOnReward": "600",
             "pointsToExpire": "56", "pointsToNextTier": 0, "spendToNextTier": 0,
             "pointsToExpireDate": "2020-01-30T05:30:00+0000", "creditsToCurrencyRatio": "1",
             "creditsToCurrencyValue": 6656}""";

    static final String TIER = """
            {"currentTier": "Silver", "previousTier": "Bronze", "tierAchieveDate": "2018-04-01T14:00:00-0700",
             "tierExpirationDate": "2018-04-01T14:00:00-0700", "nextTier": "Gold", "PointsToNextTier": "120",
             "purchaseRatio": "2", "currentTierPurchaseRatio": "0.5", "spendAmountToNextTier": ""}""";

    static final String GIVE_RESPONSE = """
            {"id": "johan28.sa@gmial.com", "actionId": 100, "activity": "CREDIT", "credit": 50, "pointsAwarded": 50,
             "reason": "aj Bonus", "updatedUserTier": "Gold", "updatedAvailablePoints": "7561",
             "updatedLifetimePoints": "7561"}""";

    static final String REDEEM_REWARD_RESPONSE = """
            {"id": "user@domain.com", "rewardId": "111", "activity": "DEBIT", "orderId": "OD001", "debit": "500",
             "reason":"claim", "updatedUserTier": "Gold", "updatedAvailablePoints": "4545",
             "updatedLifetimePoints": "7860"}""";

    static final String REDEEM_POINTS_RESPONSE = """
            {"id": "user@domain.com", "activity": "DEBIT", "orderId": "OD001", "debit": "500",
             "reason":"used for purchase", "updatedUserTier": "Gold", "updatedAvailablePoints": "4545",
             "updatedLifetimePoints": "7860"}""";

    static final String AWARD_RESPONSE = """
            {"id": "user@domain.com", "actionId": "100", "activity": "CREDIT", "credit": "50", "reason":"bonus",
             "updatedUserTier": "Gold", "updatedAvailablePoints": "4545", "updatedLifetimePoints": "7860"}""";

    static final String DEDUCT_RESPONSE = """
            {"id": "user@domain.com", "actionId": "100", "activity": "DEBIT", "orderId": "OD001", "debit": "50",
             "reason":"adjustment", "updatedUserTier": "Gold", "updatedAvailablePoints": "4545",
             "updatedLifetimePoints": "7860"}""";

    private Samples() {
    }
}
