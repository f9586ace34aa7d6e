/**
 * The bridge between Gorgias and Annex Cloud: {@link com.annexcloud.sdk.bridge.LoyaltyBridge} looks up
 * a ticket customer's loyalty card, enrols customers, runs the agents' actions and routes new tickets;
 * {@link com.annexcloud.sdk.bridge.LoyaltySync} runs both sync directions;
 * {@link com.annexcloud.sdk.bridge.GorgiasInstaller} installs the integrations, widget and macros in Gorgias;
 * {@link com.annexcloud.sdk.bridge.WidgetEndpoint} serves the card, the actions and the routing hook to Gorgias
 * from any HTTP server.
 */
package com.annexcloud.sdk.bridge;
