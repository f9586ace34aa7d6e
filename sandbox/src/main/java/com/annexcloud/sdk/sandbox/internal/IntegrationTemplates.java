package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gorgias's {@code {{…}}} template variables over a context such as {@code {"ticket": {…}}}: dotted paths with
 * {@code [n]} indexes (negative from the end, as in {@code ticket.messages[-1]}) and {@code [key]} members
 * (as in {@code ticket.customer.integrations[7001]}). A path without a value renders as {@code ""} (Gorgias's
 * "Macro variables" page: "replaced with a blank space"); an object or array renders as its JSON; filters
 * after a {@code |} are not applied.
 */
final class IntegrationTemplates {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}|]+?)\\s*(?:\\|[^{}]*)?}}");
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)]");

    private IntegrationTemplates() {
    }

    /** The text with every variable replaced by its value. */
    static String render(String template, JsonNode context) {
        return render(template, context, UnaryOperator.identity());
    }

    /** The URL with every variable replaced by its value, URL-encoded as a query value. */
    static String renderUrl(String template, JsonNode context) {
        return render(template, context, value -> URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** A copy of a JSON body form with every string in it rendered. */
    static JsonNode renderForm(JsonNode form, JsonNode context) {
        if (form.isTextual()) {
            return TextNode.valueOf(render(form.asText(), context));
        }
        JsonNode copy = form.deepCopy();
        if (copy.isObject()) {
            form.properties().forEach(field -> ((ObjectNode) copy).set(field.getKey(), renderForm(field.getValue(), context)));
        } else if (copy.isArray()) {
            for (int i = 0; i < form.size(); i++) {
                ((ArrayNode) copy).set(i, renderForm(form.get(i), context));
            }
        }
        return copy;
    }

    private static String render(String template, JsonNode context, UnaryOperator<String> encode) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(out, Matcher.quoteReplacement(encode.apply(value(context, variable.group(1)))));
        }
        return variable.appendTail(out).toString();
    }

    /** The value at the path, {@code ""} when there is none. */
    static String value(JsonNode context, String path) {
        JsonNode node = context;
        Matcher step = STEP.matcher(path);
        while (step.find() && node != null) {
            String key = step.group(1) != null ? step.group(1) : step.group(2).replaceAll("^[\"']|[\"']$", "");
            node = node.isArray() && key.matches("-?\\d+") ? element(node, Integer.parseInt(key)) : node.get(key);
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return node.isContainerNode() ? node.toString() : node.asText();
    }

    private static JsonNode element(JsonNode array, int index) {
        int at = index < 0 ? array.size() + index : index;
        return at >= 0 && at < array.size() ? array.get(at) : null;
    }
}
