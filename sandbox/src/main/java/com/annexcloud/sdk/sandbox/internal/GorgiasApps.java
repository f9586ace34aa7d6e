package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * {@code /api/integrations} and {@code /api/widgets}: what an admin (or an installer) sets up so Gorgias
 * calls an HTTP endpoint and shows its answer in the sidebar. An integration needs a {@code name} and,
 * for {@code http} ones, an {@code http.url} and both {@code http.request_content_type} and {@code
 * http.response_content_type} (required in the "Create an integration" reference); fields the sandbox
 * does not know are kept, a {@code PUT} replaces the top-level fields it sends (so {@code http} as a
 * whole), {@code http.hmac_secret} is write-only (kept, never shown: the OpenAPI-derived MCP server
 * benpalmer1/Gorgias-MCP-Server marks it so), and {@code deactivated_datetime: null} reactivates. A widget needs the {@code integration_id}
 * of an existing integration; listing widgets answers a bare array, as the reference shows, and takes
 * the documented {@code integration_id} filter. Deleting an integration leaves its widgets in place.
 */
final class GorgiasApps {
    /** First ids handed out, in the range of Gorgias's sample ids. */
    private static final long FIRST_INTEGRATION_ID = 7_001L;
    private static final long FIRST_WIDGET_ID = 9_001L;
    private static final String REQUIRED = "Missing data for required field.";

    private final Object lock = new Object();
    private final RecordBook integrationBook;
    private final RecordBook widgetBook;
    private final JsonCollection integrations;
    private final JsonCollection widgets;
    private final Clock clock;

    GorgiasApps(Clock clock) {
        this.clock = clock;
        this.integrationBook = new RecordBook(clock, FIRST_INTEGRATION_ID);
        this.widgetBook = new RecordBook(clock, FIRST_WIDGET_ID);
        this.integrations = new JsonCollection("integrations", integrationBook, GorgiasApps::integration,
                GorgiasApps::withoutWriteOnly, lock, false, List.of());
        this.widgets = new JsonCollection("widgets", widgetBook, this::widget, UnaryOperator.identity(), lock, true,
                List.of("integration_id"));
    }

    /** Adds the routes of both resources. */
    void register(Router router) {
        integrations.register(router);
        widgets.register(router);
    }

    /** Forgets every integration and widget. */
    void clear() {
        synchronized (lock) {
            integrationBook.clear();
            widgetBook.clear();
        }
    }

    /** Every integration as stored, oldest first: as the API shows it, plus its write-only {@code http.hmac_secret}. */
    List<JsonNode> integrations() {
        return views(integrationBook);
    }

    /** Sets the integration's {@code deactivated_datetime} to now, as Gorgias does to an integration that keeps failing. */
    void deactivate(long integrationId) {
        synchronized (lock) {
            integrationBook.get(integrationId).ifPresent(entry -> integrationBook.replace(entry,
                    entry.fields().deepCopy().put("deactivated_datetime", Timestamps.gorgias(Timestamps.gorgiasNow(clock)))));
        }
    }

    /** Every widget as the API shows it, oldest first. */
    List<JsonNode> widgets() {
        return views(widgetBook);
    }

    private List<JsonNode> views(RecordBook book) {
        synchronized (lock) {
            return book.views();
        }
    }

    /** An integration as reads show it: without {@code http.hmac_secret}, which is write-only. */
    private static ObjectNode withoutWriteOnly(ObjectNode integration) {
        if (integration.path("http").isObject()) {
            ((ObjectNode) integration.get("http")).remove("hmac_secret");
        }
        return integration;
    }

    /** Checks an integration and fills Gorgias's defaults. */
    private static ObjectNode integration(ObjectNode body) {
        Refusal.require(JsonBody.text(body, "name").isPresent(), () -> GorgiasErrorResponses.invalid("name", REQUIRED));
        String type = JsonBody.text(body, "type").orElse("http");
        body.put("type", type);
        defaultNull(body, "description");
        defaultNull(body, "deactivated_datetime");
        JsonNode http = body.path("http");
        if (type.equals("http") || http.isObject()) {
            Refusal.require(http.isObject() && JsonBody.text(http, "url").isPresent(),
                    () -> GorgiasErrorResponses.invalid("http.url", REQUIRED));
            ObjectNode settings = (ObjectNode) http;
            settings.put("method", JsonBody.text(settings, "method").orElse("GET"));
            defaultObject(settings, "headers");
            defaultObject(settings, "triggers");
            for (String required : List.of("request_content_type", "response_content_type")) {
                Refusal.require(JsonBody.text(settings, required).isPresent(),
                        () -> GorgiasErrorResponses.invalid("http." + required, REQUIRED));
            }
            defaultNull(settings, "form");
        }
        return body;
    }

    /** Checks a widget (its integration must exist) and fills Gorgias's defaults. */
    private ObjectNode widget(ObjectNode body) {
        OptionalLong integrationId = integrationId(body);
        Refusal.require(integrationId.isPresent(), () -> GorgiasErrorResponses.invalid("integration_id", REQUIRED));
        Refusal.require(integrations.contains(integrationId.getAsLong()),
                () -> GorgiasErrorResponses.invalid("integration_id", "Integration not found."));
        body.put("integration_id", integrationId.getAsLong());
        defaultText(body, "context", "ticket");
        defaultText(body, "type", "http");
        if (!body.path("order").canConvertToInt()) {
            body.put("order", 0);
        }
        defaultNull(body, "template");
        defaultNull(body, "deactivated_datetime");
        return body;
    }

    private static OptionalLong integrationId(ObjectNode body) {
        try {
            return JsonBody.whole(body, "integration_id");
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Refusal(GorgiasErrorResponses.invalid("integration_id", "Not a valid integer."));
        }
    }

    static void defaultNull(ObjectNode json, String field) {
        if (!json.has(field)) {
            json.putNull(field);
        }
    }

    private static void defaultObject(ObjectNode json, String field) {
        if (!json.path(field).isObject()) {
            json.putObject(field);
        }
    }

    private static void defaultText(ObjectNode json, String field, String value) {
        if (JsonBody.text(json, field).isEmpty()) {
            json.put(field, value);
        }
    }
}
