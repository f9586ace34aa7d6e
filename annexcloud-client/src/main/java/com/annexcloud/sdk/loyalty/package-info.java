/**
 * The Annex Cloud Loyalty V3 client: build an {@link com.annexcloud.sdk.loyalty.AnnexCloudClient} with
 * {@link com.annexcloud.sdk.loyalty.AnnexCloudClient#builder()} and reach members through its resources
 * ({@link com.annexcloud.sdk.loyalty.Users}, {@link com.annexcloud.sdk.loyalty.Points},
 * {@link com.annexcloud.sdk.loyalty.Tiers}, {@link com.annexcloud.sdk.loyalty.Activity},
 * {@link com.annexcloud.sdk.loyalty.Rewards}). Failures are {@link com.annexcloud.sdk.loyalty.AnnexCloudException}s
 * carrying the vendor's {@link com.annexcloud.sdk.loyalty.AnnexCloudErrorCode}.
 */
package com.annexcloud.sdk.loyalty;
