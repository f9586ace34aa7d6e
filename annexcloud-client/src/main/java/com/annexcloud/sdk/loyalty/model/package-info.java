/**
 * Immutable values the Annex Cloud client reads and writes. Readers accept the vendor's quirks (numbers
 * as strings, {@code ""} as absent, offsets without colon, {@code PointsToNextTier}) and keep unknown
 * fields in {@code additionalProperties()}; writers emit exactly what the vendor documents.
 */
@SdkStyle
package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.core.internal.SdkStyle;
