package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Lays out card JSON as HTML by walking a Gorgias widget template, as Gorgias renders an HTTP integration's
 * widget: the wrapper's widgets in order; a {@code card} as its title over the widgets of the object at its
 * path; a {@code list} as its item card once per element of the array at its path; leaves by type
 * ({@code boolean} Yes/No, {@code points} grouped digits, {@code date} as "Jan 30, 2020", {@code url} a link
 * for http(s) only, anything else text). Absent, null and empty values, containers where a leaf is expected,
 * and keys starting with {@code _} are left out. Buttons are drawn by their label, disabled: their action,
 * which carries the endpoint's bearer token, is never read. Every value and title is HTML-escaped.
 */
public final class SidebarHtml {
    /** The look of a Gorgias sidebar card: system font, white card on grey, label left, value right. */
    public static final String CSS = """
            .gs-sidebar{width:340px;padding:2px;font:13px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#161616}
            .gs-card{background:#fff;border:1px solid #e2e2e2;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.06);padding:12px 14px;margin:0 0 12px}
            .gs-card-title{display:flex;align-items:center;gap:8px;font-weight:600;font-size:14px;margin:0 0 8px}
            .gs-card-icon{display:inline-grid;place-items:center;width:22px;height:22px;border-radius:6px;background:#e9f0ff;color:#1d5bd8;font-size:12px}
            .gs-subcard{border-top:1px solid #eee;margin-top:8px;padding-top:8px}
            .gs-subtitle{margin:0 0 4px;font-size:11px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:#6b6b6b}
            .gs-field{display:flex;justify-content:space-between;gap:12px;padding:2px 0}
            .gs-label{color:#6b6b6b}
            .gs-value{text-align:right;overflow-wrap:anywhere}
            .gs-points{font-weight:600}
            .gs-list ol{list-style:none;margin:0;padding:0}
            .gs-item{border:1px solid #eee;border-radius:6px;padding:4px 8px;margin:4px 0}
            .gs-buttons{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
            .gs-button{font:inherit;border:1px solid #c9c9c9;border-radius:6px;background:#f7f7f7;color:#161616;padding:4px 10px}
            .gs-button:disabled{opacity:1;cursor:not-allowed}
            a.gs-value{color:#1d5bd8}
            """;

    /** Beyond these a number is shown as sent: no points balance comes near them. */
    private static final int MAX_INTEGER_DIGITS = 24;
    private static final int MAX_FRACTION_DIGITS = 40;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    private final JsonNode template;

    SidebarHtml(JsonNode template) {
        this.template = template;
    }

    /** The layout of the widget that installing {@code setup} sends to Gorgias. */
    public static SidebarHtml of(GorgiasSetup setup) {
        return new SidebarHtml(WidgetTemplate.of(setup));
    }

    /** The card as one {@code <div class="gs-sidebar">}, styled by {@link #CSS}. */
    public String render(JsonNode card) {
        StringBuilder html = new StringBuilder("<div class=\"gs-sidebar\">");
        for (JsonNode widget : template.path("widgets")) {
            widget(widget, card, "", true, html);
        }
        return html.append("</div>").toString();
    }

    private static void widget(JsonNode widget, JsonNode data, String parentPath, boolean top, StringBuilder html) {
        String path = widget.path("path").asText("");
        if (hidden(path)) {
            return;
        }
        String fullPath = path.isEmpty() ? parentPath : parentPath.isEmpty() ? path : parentPath + "." + path;
        JsonNode value = at(data, path);
        switch (widget.path("type").asText("")) {
            case "card" -> {
                if (value.isObject()) {
                    card(widget, value, fullPath, top, html);
                }
            }
            case "list" -> {
                if (value.isArray() && !value.isEmpty()) {
                    list(widget, value, fullPath, html);
                }
            }
            default -> leaf(widget, value, fullPath).ifPresent(html::append);
        }
    }

    private static void card(JsonNode card, JsonNode data, String path, boolean top, StringBuilder html) {
        String title = escape(card.path("title").asText(""));
        if (top) {
            html.append("<section class=\"gs-card\" data-path=\"").append(escape(path)).append("\">")
                    .append("<h2 class=\"gs-card-title\"><span class=\"gs-card-icon\" aria-hidden=\"true\">&#9733;</span>")
                    .append(title).append("</h2>");
        } else {
            html.append("<div class=\"gs-subcard\" data-path=\"").append(escape(path)).append("\">")
                    .append("<h3 class=\"gs-subtitle\">").append(title).append("</h3>");
        }
        children(card, data, path, html);
        buttons(card, html);
        html.append(top ? "</section>" : "</div>");
    }

    private static void list(JsonNode list, JsonNode items, String path, StringBuilder html) {
        html.append("<div class=\"gs-subcard gs-list\" data-path=\"").append(escape(path)).append("\">")
                .append("<h3 class=\"gs-subtitle\">").append(escape(list.path("title").asText(""))).append("</h3><ol>");
        JsonNode itemCard = list.path("widgets").path(0);
        for (JsonNode item : items) {
            html.append("<li class=\"gs-item\">");
            children(itemCard, item, path, html);
            html.append("</li>");
        }
        html.append("</ol></div>");
    }

    private static void children(JsonNode card, JsonNode data, String path, StringBuilder html) {
        for (JsonNode child : card.path("widgets")) {
            widget(child, data, path, false, html);
        }
    }

    /** Drawn as Gorgias draws them, but inert here: only the label is read, never the action and its token. */
    private static void buttons(JsonNode card, StringBuilder html) {
        JsonNode buttons = card.path("meta").path("custom").path("buttons");
        if (!buttons.isArray() || buttons.isEmpty()) {
            return;
        }
        html.append("<div class=\"gs-buttons\">");
        for (JsonNode button : buttons) {
            html.append("<button type=\"button\" class=\"gs-button\" disabled title=\"Inert in this preview\">")
                    .append(escape(button.path("label").asText(""))).append("</button>");
        }
        html.append("</div>");
    }

    private static Optional<String> leaf(JsonNode field, JsonNode value, String path) {
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            return Optional.empty();
        }
        String type = field.path("type").asText("text");
        return Optional.of("<div class=\"gs-field\" data-path=\"" + escape(path) + "\"><span class=\"gs-label\">"
                + escape(field.path("title").asText(path)) + "</span>" + value(type, value) + "</div>");
    }

    private static String value(String type, JsonNode value) {
        String text = value.asText();
        return switch (type) {
            case "boolean" -> span("gs-value", value.isBoolean() ? (value.booleanValue() ? "Yes" : "No")
                    : "true".equalsIgnoreCase(text) ? "Yes" : "false".equalsIgnoreCase(text) ? "No" : text);
            case "points" -> number(text).map(n -> span("gs-value gs-points", n)).orElseGet(() -> span("gs-value", text));
            case "date" -> span("gs-value", date(text));
            case "url" -> isWebLink(text) ? "<a class=\"gs-value\" href=\"" + escape(text)
                    + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + escape(text) + "</a>" : span("gs-value", text);
            default -> span("gs-value", text);
        };
    }

    private static String span(String classes, String text) {
        return "<span class=\"" + classes + "\">" + escape(text) + "</span>";
    }

    /** The number grouped in thousands; empty when it is none, or too large or too precise to spell out. */
    private static Optional<String> number(String text) {
        try {
            BigDecimal number = new BigDecimal(text.strip());
            // "1e2000000" would spell out two million digits: such values are shown as they were sent
            if (number.precision() - number.scale() > MAX_INTEGER_DIGITS || number.scale() > MAX_FRACTION_DIGITS) {
                return Optional.empty();
            }
            DecimalFormat grouped = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US));
            return Optional.of(grouped.format(number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String date(String text) {
        try {
            return DATE.format(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static boolean isWebLink(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The value at a dotted path ({@code ""} is the object itself); missing when any step is absent. */
    private static JsonNode at(JsonNode data, String path) {
        JsonNode node = data;
        if (!path.isEmpty()) {
            for (String key : path.split("\\.", -1)) {
                node = node.path(key);
            }
        }
        return node;
    }

    /** Gorgias hides keys starting with {@code _}, at any step of a path. */
    private static boolean hidden(String path) {
        for (String key : path.split("\\.", -1)) {
            if (key.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** Text safe in HTML content and in quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
