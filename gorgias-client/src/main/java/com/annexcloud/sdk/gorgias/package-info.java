/**
 * The Gorgias REST API client: build a {@link com.annexcloud.sdk.gorgias.GorgiasClient} with {@link
 * com.annexcloud.sdk.gorgias.GorgiasClient#builder()}, then use {@link
 * com.annexcloud.sdk.gorgias.GorgiasClient#customers()}, {@link
 * com.annexcloud.sdk.gorgias.GorgiasClient#integrations()}, {@link
 * com.annexcloud.sdk.gorgias.GorgiasClient#widgets()} and {@link com.annexcloud.sdk.gorgias.GorgiasClient#macros()}. Requests are paced under the account's rate
 * limit ({@link com.annexcloud.sdk.gorgias.GorgiasRateLimit}); failures are {@link
 * com.annexcloud.sdk.gorgias.GorgiasException}s or the shared transport exceptions of sdk-core.
 */
package com.annexcloud.sdk.gorgias;
