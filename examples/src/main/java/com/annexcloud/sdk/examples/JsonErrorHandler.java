package com.annexcloud.sdk.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's own refusals (a malformed request line, headers over the limit, an ambiguous path) as the
 * endpoint's JSON errors, {@code {"error":"…","message":"…"}}, instead of Jetty's HTML pages. The message is
 * fixed per status and never repeats the request.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, String> CODES = Map.of(
            400, "invalid_request", 408, "request_timeout", 413, "request_too_large", 414, "uri_too_long",
            431, "headers_too_large", 503, "unavailable");
    private static final HttpField CONTENT_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(status)), callback);
    }

    static byte[] body(int status) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", CODES.getOrDefault(status, "http_" + status));
        body.put("message", "the server refused the request (HTTP " + status + ")");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
