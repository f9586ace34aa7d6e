package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.TierThresholds;
import java.math.BigDecimal;

/**
 * The settings of the emulated Annex Cloud site: its tiers, its points precision and whether it rejects a
 * repeated {@code customId} ({@link com.annexcloud.sdk.sandbox.Sandbox.Builder} validates them).
 *
 * @param decimalPlaces         0 for a site with whole points (the vendor's samples); more for a site with
 *                              decimal precision, which sends every points figure as a decimal string with
 *                              that many places ({@code "1250.75"}) and accepts amounts with as many
 * @param deduplicatesCustomId  whether a repeated {@code customId} answers AC1010, as the SDK assumes; no
 *                              public source confirms it (the portal: customId "supports unique transactions")
 */
public record AnnexSite(TierThresholds tiers, int decimalPlaces, boolean deduplicatesCustomId) {

    /** A points figure as this site writes it: plain, with the site's places, never rounded. */
    String points(BigDecimal points) {
        return decimalPlaces == 0 ? points.toPlainString()
                : points.setScale(Math.max(decimalPlaces, points.scale())).toPlainString();
    }

    /** Whether an amount a call sent fits the site: positive, with no more places than it keeps. */
    boolean accepts(BigDecimal amount) {
        return amount.signum() > 0 && amount.stripTrailingZeros().scale() <= decimalPlaces;
    }
}
