package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.GoodwillAward;
import com.annexcloud.sdk.bridge.model.RewardRedemption;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads an agent action from a widget request: a JSON object body (what a Gorgias action button sends),
 * or the query string when the body is empty. Every problem is an {@link IllegalArgumentException}
 * whose message names the field and never repeats the input.
 */
final class ActionRequests {
    private ActionRequests() {
    }

    static GoodwillAward award(WidgetRequest request) {
        Fields fields = Fields.of(request);
        String points = fields.required("points");
        long amount;
        try {
            amount = Long.parseLong(points.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("points must be a whole number");
        }
        return GoodwillAward.builder()
                .email(fields.required("email"))
                .ticketId(fields.required("ticketId"))
                .points(amount)
                .reason(fields.optional("reason"))
                .build();
    }

    static RewardRedemption redemption(WidgetRequest request) {
        Fields fields = Fields.of(request);
        return RewardRedemption.builder()
                .email(fields.required("email"))
                .ticketId(fields.required("ticketId"))
                .rewardId(fields.required("rewardId"))
                .build();
    }

    /** The action's fields, from the JSON body or the query. */
    private static final class Fields {
        private final JsonNode body;
        private final WidgetRequest request;

        private Fields(JsonNode body, WidgetRequest request) {
            this.body = body;
            this.request = request;
        }

        static Fields of(WidgetRequest request) {
            if (request.body().isBlank()) {
                return new Fields(null, request);
            }
            try {
                JsonNode body = Json.mapper().readTree(request.body());
                if (body == null || !body.isObject()) {
                    throw new IllegalArgumentException("body must be a JSON object");
                }
                return new Fields(body, request);
            } catch (IOException e) {
                throw new IllegalArgumentException("body is not valid JSON");
            }
        }

        Optional<String> optional(String name) {
            if (body == null) {
                return request.queryParameter(name).filter(value -> !value.isBlank());
            }
            JsonNode value = body.get(name);
            return value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()
                    ? Optional.empty() : Optional.of(value.asText());
        }

        String required(String name) {
            return optional(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
        }
    }
}
