package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.SidebarPreview;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo's sidebar preview at {@code /}: a form for any email (the sandbox's sample emails offered) above the
 * card the widget endpoint answers for it ({@code /?email=…}; an unknown email shows the non-member card), laid
 * out by {@link SidebarPreview}. Only {@code demo} serves it: the page shows sandbox data on 127.0.0.1, so it
 * asks for no token; it asks the endpoint with the demo's token, which never reaches the page. A content
 * security policy forbids scripts, every fetch and framing by another page, should anything slip past the
 * escaping; its form may submit only to this page.
 */
final class PreviewPage {
    /** Where the preview is served. */
    static final String PATH = "/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Type", "text/html; charset=utf-8",
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store");

    private final SidebarPreview preview;
    private final WidgetEndpoint widget;
    private final Secret token;
    private final List<String> sampleEmails;

    /** A preview of {@code widget}'s cards, asked with {@code token}, offering {@code sampleEmails} (the first is the default). */
    PreviewPage(SidebarPreview preview, WidgetEndpoint widget, Secret token, List<String> sampleEmails) {
        if (sampleEmails.isEmpty()) {
            throw new IllegalArgumentException("sampleEmails must not be empty");
        }
        this.preview = Objects.requireNonNull(preview, "preview");
        this.widget = Objects.requireNonNull(widget, "widget");
        this.token = Objects.requireNonNull(token, "token");
        this.sampleEmails = List.copyOf(sampleEmails);
    }

    /** {@code GET /} (and {@code HEAD /}) answered by this page, every other request by {@code next}. */
    WidgetEndpoint routedWith(WidgetEndpoint next) {
        Objects.requireNonNull(next, "next");
        return request -> PATH.equals(request.path()) && ("GET".equals(request.method()) || "HEAD".equals(request.method()))
                ? handle(request) : next.handle(request);
    }

    /** The page for the request's {@code email} (the first sample email when there is none). */
    WidgetResponse handle(WidgetRequest request) {
        String email = request.queryParameter("email").orElse(sampleEmails.get(0));
        WidgetResponse answer = widget.handle(WidgetRequest.builder()
                .method("GET")
                .path(WidgetEndpoint.DEFAULT_PATH)
                .putQuery("email", List.of(email))
                .putHeaders("Authorization", List.of("Bearer " + token.reveal()))
                .build());
        String card = answer.status() == 200 ? preview.fragment(answer.body())
                : "<p class=\"refused\" role=\"alert\">The widget endpoint answered " + answer.status() + ": "
                + SidebarPreview.escape(reason(answer.body())) + "</p>";
        return WidgetResponse.builder().status(200).putAllHeaders(HEADERS).body(page(email, card)).build();
    }

    private String page(String email, String card) {
        StringBuilder options = new StringBuilder();
        sampleEmails.forEach(sample -> options.append("<option value=\"").append(SidebarPreview.escape(sample)).append("\">"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>Loyalty sidebar preview</title><style>"
                + "body{margin:0;padding:16px;background:#f4f4f5;font:13px/1.45 system-ui,sans-serif;color:#161616}"
                + "form{display:flex;gap:6px;margin:0 0 12px;width:340px}input{flex:1;font:inherit;padding:4px 6px}"
                + "button{font:inherit}.note{color:#6b6b6b;width:340px;margin:0 0 12px}.refused{color:#b3261e;width:340px}"
                + SidebarPreview.styles() + "</style></head><body>"
                + "<form method=\"get\" action=\"" + PATH + "\"><label for=\"email\" hidden>Customer email</label>"
                + "<input id=\"email\" name=\"email\" type=\"text\" list=\"samples\" autocomplete=\"off\" value=\""
                + SidebarPreview.escape(email) + "\"><datalist id=\"samples\">" + options + "</datalist>"
                + "<button type=\"submit\">Show</button></form>"
                + "<p class=\"note\">The sidebar card an agent sees in Gorgias for this customer, laid out from the "
                + "widget the installer sends. Sandbox sample data; buttons are inert here.</p>"
                + card + "</body></html>";
    }

    /** The endpoint's JSON error message, or its status line when the body is not one. */
    private static String reason(String body) {
        try {
            JsonNode error = JSON.readTree(body);
            return error.path("message").asText(error.path("error").asText("no reason given"));
        } catch (JsonProcessingException e) {
            return "no reason given";
        }
    }
}
