package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sidebar widget for the loyalty card: a "Loyalty" card with the member fields, a points card and
 * a tier card (field types {@code points} and {@code date} where they fit), the recent activity, rewards
 * and recent redemptions (with their reward codes) lists, and an "add points" button that calls the endpoint's award action.
 */
final class WidgetTemplate {
    private WidgetTemplate() {
    }

    static JsonNode of(GorgiasSetup setup) {
        ObjectNode loyalty = card("", "Loyalty",
                field("boolean", "member", "Member"),
                field("text", "name", "Name"),
                field("text", "status", "Status"),
                card("points", "Points",
                        field("points", "available", "Available"),
                        field("points", "lifetime", "Lifetime"),
                        field("points", "expiring", "Expiring"),
                        field("date", "expiringOn", "Expiring on")),
                card("tier", "Tier",
                        field("text", "current", "Current"),
                        field("text", "next", "Next"),
                        field("points", "pointsToNext", "Points to next tier"),
                        field("date", "expiresOn", "Tier expires")),
                list("recentActivity", "Recent activity",
                        field("date", "date", "Date"),
                        field("points", "points", "Points"),
                        field("text", "reason", "Reason")),
                list("rewards", "Rewards",
                        field("text", "name", "Reward"),
                        field("points", "points", "Cost"),
                        field("text", "id", "Reward id")),
                list("redemptions", "Recent redemptions",
                        field("text", "code", "Code"),
                        field("text", "reward", "Reward"),
                        field("points", "points", "Points"),
                        field("date", "date", "Date")));
        if (setup.awardButtonPoints() > 0) {
            loyalty.putObject("meta").putObject("custom").putArray("buttons").add(awardButton(setup));
        }
        ObjectNode template = Json.mapper().createObjectNode().put("type", "wrapper");
        template.putArray("widgets").add(loyalty);
        return template;
    }

    /** A button that POSTs a goodwill award for the ticket's customer to the endpoint. */
    private static ObjectNode awardButton(GorgiasSetup setup) {
        ObjectNode button = Json.mapper().createObjectNode()
                .put("label", "Add " + setup.awardButtonPoints() + " points");
        ObjectNode action = button.putObject("action")
                .put("method", "POST")
                .put("url", setup.publicUrl() + "/award");
        action.putArray("headers").addObject()
                .put("key", AuthorizationHeader.NAME)
                .put("value", AuthorizationHeader.value(setup));
        action.putObject("body")
                .put("email", "{{ticket.customer.email}}")
                .put("ticketId", "{{ticket.id}}")
                .put("points", setup.awardButtonPoints())
                .put("reason", "Goodwill from Gorgias ticket {{ticket.id}}");
        return button;
    }

    private static ObjectNode card(String path, String title, ObjectNode... widgets) {
        ObjectNode card = field("card", path, title);
        ArrayNode children = card.putArray("widgets");
        for (ObjectNode widget : widgets) {
            children.add(widget);
        }
        return card;
    }

    private static ObjectNode list(String path, String title, ObjectNode... fields) {
        ObjectNode list = field("list", path, title);
        list.putArray("widgets").add(card("", title, fields));
        return list;
    }

    private static ObjectNode field(String type, String path, String title) {
        return Json.mapper().createObjectNode().put("type", type).put("path", path).put("title", title);
    }
}
