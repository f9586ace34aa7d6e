package com.annexcloud.sdk.gorgias.internal;

import com.annexcloud.sdk.core.RequestDescription;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.core.internal.RetryAfter;
import com.annexcloud.sdk.core.internal.VendorText;
import com.annexcloud.sdk.gorgias.GorgiasConflictException;
import com.annexcloud.sdk.gorgias.GorgiasEndpointNotFoundException;
import com.annexcloud.sdk.gorgias.GorgiasException;
import com.annexcloud.sdk.gorgias.GorgiasInvalidRequestException;
import com.annexcloud.sdk.gorgias.GorgiasNotFoundException;
import com.annexcloud.sdk.gorgias.GorgiasRateLimitedException;
import com.annexcloud.sdk.gorgias.GorgiasUnauthorizedException;
import com.annexcloud.sdk.core.SdkException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an error response into the matching {@link GorgiasException}, reading Gorgias's
 * {@code {"error":{"msg":…,"data":{field:[…]}}}} when the body is JSON and saying so plainly when it is
 * not (an unknown account host answers 404 with an HTML page: a {@code GorgiasEndpointNotFoundException}).
 * Nothing of the request's headers, and nothing of the body but Gorgias's message (cut to 300 characters),
 * reaches the exception. A 301 on a {@code /customers/{id}} path (that customer was merged into another)
 * becomes a {@code GorgiasCustomerMergedException}; any other 301 a plain {@link GorgiasException} naming the
 * redirect's host and path (never its query).
 */
public final class GorgiasErrors {

    private GorgiasErrors() {
    }

    /** The exception for a response whose status is not 2xx. */
    public static GorgiasException from(TransportResponse response, RequestDescription request, Instant now,
                                        Secret... secrets) {
        int status = response.status();
        if (status == 301) {
            return MergedCustomers.namesACustomer(request)
                    ? MergedCustomers.from(response, request)
                    : new GorgiasException("Gorgias answered 301 Moved Permanently" + redirectTarget(response)
                            + "; the client does not follow redirects", request, status, null, Map.of());
        }
        JsonNode error = readError(response, request);
        String vendorMessage = error == null ? null : vendorMessage(error, secrets);
        Map<String, List<String>> fieldErrors = error == null ? Map.of() : fieldErrors(error.path("data"), secrets);
        String message = message(response, error, vendorMessage, fieldErrors);
        switch (status) {
            case 400:
                return new GorgiasInvalidRequestException(message, request, status, vendorMessage, fieldErrors);
            case 401:
            case 403:
                return new GorgiasUnauthorizedException(message, request, status, vendorMessage, fieldErrors);
            case 404:
                return error == null ? new GorgiasEndpointNotFoundException(message, request, status)
                        : new GorgiasNotFoundException(message, request, status, vendorMessage, fieldErrors);
            case 409:
                return new GorgiasConflictException(message, request, status, vendorMessage, fieldErrors);
            case 429:
                Duration retryAfter = response.header("Retry-After")
                        .flatMap(value -> RetryAfter.parse(value, now)).orElse(null);
                return new GorgiasRateLimitedException(message, request, status, vendorMessage, fieldErrors, retryAfter);
            default:
                return new GorgiasException(message, request, status, vendorMessage, fieldErrors);
        }
    }

    /** " to {host}{path}" of a redirect's {@code Location}, without user info or query; empty without one. */
    private static String redirectTarget(TransportResponse response) {
        return response.header("Location").map(location -> {
            try {
                URI target = URI.create(location.trim());
                String host = target.getHost() == null ? "" : target.getHost();
                return target.getPath() == null ? "" : " to " + host + target.getPath();
            } catch (IllegalArgumentException notAUri) {
                return " with an unreadable Location";
            }
        }).orElse(" without a Location");
    }

    /** The {@code error} object (or the whole body when it has none); null when the body is not JSON. */
    private static JsonNode readError(TransportResponse response, RequestDescription request) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            JsonNode body = Json.readTree(response, request);
            return body.has("error") ? body.get("error") : body;
        } catch (SdkException notJson) {
            return null;
        }
    }

    private static String vendorMessage(JsonNode error, Secret... secrets) {
        JsonNode text = error.isTextual() ? error : error.has("msg") ? error.get("msg") : error.path("message");
        if (!text.isValueNode() || text.isNull() || text.asText().isBlank()) {
            return null;
        }
        return VendorText.clean(text.asText(), secrets);
    }

    private static Map<String, List<String>> fieldErrors(JsonNode data, Secret... secrets) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (!data.isObject()) {
            return fields;
        }
        data.properties().forEach(field -> {
            List<String> messages = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> messages.add(fieldMessage(item, secrets)));
            } else {
                messages.add(fieldMessage(field.getValue(), secrets));
            }
            fields.put(field.getKey(), messages);
        });
        return fields;
    }

    /** One field error's text, cleaned like the main message ("" when there is none). */
    private static String fieldMessage(JsonNode item, Secret... secrets) {
        String text = VendorText.clean(item.isValueNode() ? item.asText() : item.toString(), secrets);
        return text == null ? "" : text;
    }

    private static String message(TransportResponse response, JsonNode error, String vendorMessage,
                                  Map<String, List<String>> fieldErrors) {
        if (error == null && response.body().length > 0) {
            String hint = response.status() == 404 ? "; check the account name in the base URI" : "";
            return "Gorgias answered with a non-JSON body (Content-Type "
                    + response.header("Content-Type").orElse("none") + ")" + hint;
        }
        StringBuilder message = new StringBuilder("Gorgias: ")
                .append(vendorMessage == null ? "request failed" : vendorMessage);
        if (!fieldErrors.isEmpty()) {
            message.append(" [fields: ").append(String.join(", ", fieldErrors.keySet())).append(']');
        }
        return message.toString();
    }
}
