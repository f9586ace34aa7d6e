package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.CardCacheListener;
import com.annexcloud.sdk.bridge.Enrolment;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything {@link com.annexcloud.sdk.bridge.LoyaltyBridge.Builder} collected, validated there; a
 * {@link com.annexcloud.sdk.bridge.LoyaltySync} built on the bridge reads its clients, card options and clock
 * from here, so the loyalty data it writes is the card the widget shows.
 *
 * @param activityLines     how many recent activity entries a card lists (0: none, not fetched)
 * @param rewards           whether a card lists the rewards the member can redeem
 * @param redemptionLines   how many recent redemptions (with their reward codes) a card lists (0: none, not fetched)
 * @param maxGoodwillPoints the most points one goodwill award may credit
 * @param cacheListener     told of each lookup's cache hit or miss while the cache is on
 */
public record BridgeSettings(AnnexCloudClient annex, GorgiasClient gorgias, Enrolment enrolment, Duration sectionTimeout,
                             Duration cacheTtl, int cacheMaxEntries, Clock clock, int activityLines, boolean rewards,
                             int redemptionLines, long maxGoodwillPoints, CardCacheListener cacheListener) {
}
