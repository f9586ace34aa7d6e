package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.GoodwillAward;
import com.annexcloud.sdk.bridge.model.NewTicket;
import com.annexcloud.sdk.bridge.model.RewardRedemption;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an agent action or the routing hook's ticket from a widget request: a JSON object body (what a Gorgias
 * action button or HTTP integration sends), or the query string when the body is empty. Both are read strictly, unlike vendor responses: a
 * duplicated key or parameter, or anything after the object, is refused, so a proxy that reads the first key and this
 * endpoint can never disagree about what was asked. Every problem is an {@link IllegalArgumentException}
 * whose message names the field and never repeats the input.
 */
final class ActionRequests {
    /** A plain mapper, not the lenient house one: no comments, no leading '+', no trailing commas. */
    private static final ObjectReader STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build()
            .readerFor(JsonNode.class);
    /** What a templated Gorgias button sends as a string: ASCII digits only (no sign, no fullwidth digits). */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private ActionRequests() {
    }

    static GoodwillAward award(WidgetRequest request) {
        Fields fields = Fields.of(request);
        return GoodwillAward.builder()
                .email(fields.required("email"))
                .ticketId(fields.required("ticketId"))
                .points(fields.wholeNumber("points"))
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

    /**
     * The routing hook's {@code {"ticket_id": …, "email": …}} (the id a JSON integer or a string of digits, as
     * Gorgias renders {@code {{ticket.id}}}); empty when the email is missing or blank, as the hook renders a
     * customer without one. Other fields are ignored.
     */
    static Optional<NewTicket> newTicket(WidgetRequest request) {
        Fields fields = Fields.of(request);
        long ticketId = fields.wholeNumber("ticket_id");
        if (ticketId < 1) {
            throw new IllegalArgumentException("ticket_id must be a positive whole number");
        }
        return fields.optional("email").map(email -> NewTicket.of(ticketId, EmailAddress.validate(email)));
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
            JsonNode body;
            try {
                body = STRICT.readValue(request.body());
            } catch (IOException e) {
                throw new IllegalArgumentException("body must be one JSON object without duplicate keys");
            }
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("body must be a JSON object");
            }
            return new Fields(body, request);
        }

        Optional<String> optional(String name) {
            Optional<String> value;
            if (body == null) {
                if (request.query().getOrDefault(name, List.of()).size() > 1) {
                    throw new IllegalArgumentException(name + " must be given once"); // first or last? neither
                }
                value = request.queryParameter(name);
            } else {
                JsonNode node = body.get(name);
                value = node == null || node.isNull() || !node.isValueNode() ? Optional.empty() : Optional.of(node.asText());
            }
            if (value.filter(text -> text.chars().anyMatch(Character::isISOControl)).isPresent()) {
                throw new IllegalArgumentException(name + " must not contain control characters");
            }
            return value.filter(text -> !text.isBlank());
        }

        String required(String name) {
            return optional(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
        }

        /** A JSON integer, or a string of ASCII digits; no sign, fraction, exponent or other digits. */
        long wholeNumber(String name) {
            JsonNode node = body == null ? null : body.get(name);
            if (node != null && node.isNumber()) {
                if (node.isIntegralNumber() && node.canConvertToLong()) {
                    return node.longValue();
                }
                throw new IllegalArgumentException(name + " must be a whole number");
            }
            String text = required(name);
            if (!DIGITS.matcher(text).matches()) {
                throw new IllegalArgumentException(name + " must be a whole number");
            }
            return Long.parseLong(text);
        }
    }
}
