/**
 * The widget endpoint on a Jakarta Servlet container: {@link com.annexcloud.sdk.bridge.servlet.LoyaltyWidgetServlet}.
 */
package com.annexcloud.sdk.bridge.servlet;
