package com.annexcloud.sdk.gorgias.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One action of a Gorgias macro: {@code {"name": "setResponseText", "title": …, "type": "user", "arguments":
 * {…}}} (Gorgias reference, "The Macro object"). Any action name and its arguments are read and kept as sent;
 * {@link #setResponseText} and {@link #addTags} build the two the reference documents. Unmodelled fields are
 * kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMacroAction.class)
@JsonDeserialize(as = ImmutableMacroAction.class)
public abstract class MacroAction {
    /** The action that puts text into the reply: arguments {@code body_text} and {@code body_html}. */
    public static final String SET_RESPONSE_TEXT = "setResponseText";
    /** The action that tags the ticket: argument {@code tags}, one comma-separated string. */
    public static final String ADD_TAGS = "addTags";
    /** The action type of every action the reference shows. */
    public static final String USER = "user";

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link MacroAction}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableMacroAction.Builder {
    }

    /** A {@link #SET_RESPONSE_TEXT} action with the reply as plain text and as HTML (both may hold {@code {{…}}} variables). */
    public static MacroAction setResponseText(String bodyText, String bodyHtml) {
        ObjectNode arguments = JsonNodeFactory.instance.objectNode()
                .put("body_text", requireText(bodyText, "bodyText"))
                .put("body_html", requireText(bodyHtml, "bodyHtml"));
        return builder().name(SET_RESPONSE_TEXT).title("Add response text").type(USER).arguments(arguments).build();
    }

    /**
     * An {@link #ADD_TAGS} action adding these tags, written as Gorgias expects them: one string joined with
     * {@code ", "}. A tag must not be blank nor hold a comma (it would be read as two).
     */
    public static MacroAction addTags(String... tags) {
        if (tags.length == 0) {
            throw new IllegalArgumentException("addTags needs at least one tag");
        }
        for (String tag : tags) {
            if (requireText(tag, "tag").contains(",")) {
                throw new IllegalArgumentException("a tag must not contain a comma");
            }
        }
        ObjectNode arguments = JsonNodeFactory.instance.objectNode().put("tags", String.join(", ", tags));
        return builder().name(ADD_TAGS).title("Add tags").type(USER).arguments(arguments).build();
    }

    /** The action's name, such as {@link #SET_RESPONSE_TEXT} or {@link #ADD_TAGS}; others are kept as read. */
    public abstract String name();

    /** The label Gorgias shows for the action. */
    public abstract Optional<String> title();

    /** The action's type; {@link #USER} in every example. */
    public abstract Optional<String> type();

    /** The action's arguments, a JSON object ({@code {}} when Gorgias sent none). */
    @Value.Default
    public JsonNode arguments() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Fields this SDK does not model, kept as sent. */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /** The reply's plain text of a {@link #SET_RESPONSE_TEXT} action; empty for other actions. */
    @JsonIgnore
    public Optional<String> bodyText() {
        return argument(SET_RESPONSE_TEXT, "body_text");
    }

    /** The reply's HTML of a {@link #SET_RESPONSE_TEXT} action; empty for other actions. */
    @JsonIgnore
    public Optional<String> bodyHtml() {
        return argument(SET_RESPONSE_TEXT, "body_html");
    }

    /** The tags of an {@link #ADD_TAGS} action, split at the commas and trimmed; empty for other actions. */
    @JsonIgnore
    public List<String> tags() {
        return argument(ADD_TAGS, "tags").stream()
                .flatMap(tags -> Arrays.stream(tags.split(",")))
                .map(String::trim).filter(tag -> !tag.isEmpty()).toList();
    }

    private Optional<String> argument(String action, String field) {
        JsonNode value = arguments().path(field);
        return action.equals(name()) && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Rejects a blank name; reads arguments that are not a JSON object (such as {@code null}) as {@code {}}. */
    @Value.Check
    protected MacroAction normalize() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return arguments().isObject() ? this : builder().from(this).arguments(JsonNodeFactory.instance.objectNode()).build();
    }
}
