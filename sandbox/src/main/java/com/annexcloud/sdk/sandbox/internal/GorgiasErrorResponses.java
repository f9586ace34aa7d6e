package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Gorgias's {@code {"error":{"msg":…,"data":{…}}}} answers and its HTML page for unknown hosts. */
final class GorgiasErrorResponses {
    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "Bad request.",
            401, "Unauthorized.",
            403, "Forbidden.",
            404, "Resource not found.",
            405, "Method not allowed.",
            409, "The resource already exists.",
            429, "Too many requests.",
            500, "Internal server error.",
            503, "An external service had an issue.");
    private static final String NOT_FOUND_PAGE = "<!DOCTYPE html>\n<html><head><title>Page not found</title></head>"
            + "<body><h1>Page not found</h1><p>The page you are looking for does not exist.</p></body></html>\n";

    private GorgiasErrorResponses() {
    }

    /** The error with Gorgias's usual message for the status; 401 and 429 carry no {@code data}. */
    static SandboxResponse status(int status) {
        return status(status, MESSAGES.getOrDefault(status, "Error."));
    }

    /** The error for the status with this message; 401 and 429 carry no {@code data}. */
    static SandboxResponse status(int status, String message) {
        ObjectNode error = JsonBody.MAPPER.createObjectNode();
        error.putObject("error").put("msg", message);
        if (status != 401 && status != 429) {
            ((ObjectNode) error.get("error")).putObject("data");
        }
        return SandboxResponse.json(status, error);
    }

    /** A 400 naming the invalid field. */
    static SandboxResponse invalid(String field, String message) {
        ObjectNode error = JsonBody.MAPPER.createObjectNode();
        ObjectNode inner = error.putObject("error").put("msg", "Validation error.");
        inner.putObject("data").putArray(field).add(message);
        return SandboxResponse.json(400, error);
    }

    /** The HTML 404 the real API answers for paths (and hosts) it does not know. */
    static SandboxResponse notFoundPage() {
        return SandboxResponse.html(404, NOT_FOUND_PAGE);
    }
}
