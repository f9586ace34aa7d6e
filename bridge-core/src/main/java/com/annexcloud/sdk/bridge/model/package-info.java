/**
 * Values of the bridge: the {@link com.annexcloud.sdk.bridge.model.LoyaltyCard} the widget shows, the
 * widget request and response, sync options, reports and checkpoints.
 */
@SdkStyle
package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.core.internal.SdkStyle;
