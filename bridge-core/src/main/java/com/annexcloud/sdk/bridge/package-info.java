/**
 * The bridge between Gorgias and Annex Cloud: {@link com.annexcloud.sdk.bridge.LoyaltyBridge} looks up
 * a ticket customer's loyalty card, enrols customers and runs both sync directions;
 * {@link com.annexcloud.sdk.bridge.WidgetEndpoint} serves the card to Gorgias HTTP integrations from any
 * HTTP server.
 */
package com.annexcloud.sdk.bridge;
