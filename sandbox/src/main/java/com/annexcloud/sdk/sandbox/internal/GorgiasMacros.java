package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code /api/macros}: create (201), list with cursor paging, get, update, delete (204), as the Macro object of
 * Gorgias's reference and the OpenAPI-derived MCP server benpalmer1/Gorgias-MCP-Server describe them. A macro
 * needs a {@code name}; {@code actions} defaults to {@code []} and must be a list of objects, each with a
 * {@code name} and, when given, {@code arguments} as an object, where {@code addTags}' {@code tags} (one
 * comma-separated string) and {@code setResponseText}'s {@code body_text}/{@code body_html} must be strings when
 * present (400 naming {@code actions.N.arguments.<name>}); a {@code PUT} replaces the fields it sends, so
 * {@code actions} as a whole. {@code external_id}, {@code intent}, {@code language} and {@code
 * archived_datetime} default to {@code null} and {@code usage} to 0. A listing shows the macros that are not
 * archived, or with {@code archived=true} the archived ones (the list's {@code archived} parameter, default
 * false); it orders by creation or update time only (Gorgias also orders by name and usage). Deleting a macro an
 * active rule uses answers 409 ("a macro used by an active rule cannot be deleted", the MCP server); {@link
 * #useInRule(long)} marks one so, as an admin's rule applying it would.
 */
final class GorgiasMacros {
    private static final long FIRST_MACRO_ID = 8_001L;
    private static final String REQUIRED = "Missing data for required field.";
    /** The arguments the Macro object documents as strings, by action: {@code addTags}' tags are one comma-separated string. */
    private static final Map<String, List<String>> STRING_ARGUMENTS = Map.of(
            "addTags", List.of("tags"),
            "setResponseText", List.of("body_text", "body_html"));

    private static final String ARCHIVED = "archived_datetime";
    /** Gorgias's wording of this 409 is not public; the status is (facts file). */
    private static final String USED_BY_RULE = "This macro is used by an active rule and cannot be deleted.";

    private final Object lock = new Object();
    private final Clock clock;
    private final RecordBook book;
    private final JsonCollection macros;
    private final Set<Long> usedByRules = new HashSet<>();

    GorgiasMacros(Clock clock) {
        this.clock = clock;
        this.book = new RecordBook(clock, FIRST_MACRO_ID);
        this.macros = new JsonCollection("macros", book, GorgiasMacros::macro, UnaryOperator.identity(), lock, false,
                List.of(), GorgiasMacros::listed, this::refusedDelete);
    }

    void register(Router router) {
        macros.register(router);
    }

    void clear() {
        synchronized (lock) {
            book.clear();
            usedByRules.clear();
        }
    }

    /** Marks the macro as applied by an active rule: deleting it answers 409 from now on. */
    void useInRule(long id) {
        synchronized (lock) {
            usedByRules.add(existing(id).id());
        }
    }

    /** Archives the macro now, as Gorgias's "archive" does: it leaves the default listing. */
    void archive(long id) {
        synchronized (lock) {
            RecordBook.Entry entry = existing(id);
            ObjectNode fields = entry.fields().deepCopy();
            fields.put(ARCHIVED, Timestamps.gorgias(Timestamps.gorgiasNow(clock)));
            book.replace(entry, fields);
        }
    }

    private RecordBook.Entry existing(long id) {
        return book.get(id).orElseThrow(() -> new IllegalArgumentException("no macro " + id));
    }

    /** {@code archived=true} lists the archived macros, anything else (or nothing) the others. */
    private static boolean listed(Map<String, String> query, ObjectNode fields) {
        boolean archived = fields.path(ARCHIVED).isTextual();
        return archived == "true".equalsIgnoreCase(query.getOrDefault("archived", "false").trim());
    }

    private Optional<SandboxResponse> refusedDelete(RecordBook.Entry entry) {
        return usedByRules.contains(entry.id())
                ? Optional.of(GorgiasErrorResponses.status(409, USED_BY_RULE))
                : Optional.empty();
    }

    /** Every macro as {@code GET /api/macros/{id}} shows it, oldest first. */
    List<JsonNode> macros() {
        synchronized (lock) {
            return book.views();
        }
    }

    private static ObjectNode macro(ObjectNode body) {
        Refusal.require(JsonBody.text(body, "name").isPresent(), () -> GorgiasErrorResponses.invalid("name", REQUIRED));
        JsonNode actions = body.path("actions");
        if (actions.isMissingNode() || actions.isNull()) {
            body.putArray("actions");
        }
        Refusal.require(body.get("actions").isArray(), () -> GorgiasErrorResponses.invalid("actions", "Not a valid list."));
        ArrayNode list = (ArrayNode) body.get("actions");
        for (int i = 0; i < list.size(); i++) {
            JsonNode action = list.get(i);
            String field = "actions." + i;
            Refusal.require(action.isObject() && JsonBody.text(action, "name").isPresent(),
                    () -> GorgiasErrorResponses.invalid(field + ".name", REQUIRED));
            JsonNode arguments = action.path("arguments");
            Refusal.require(arguments.isMissingNode() || arguments.isObject(),
                    () -> GorgiasErrorResponses.invalid(field + ".arguments", "Not a valid mapping type."));
            if (arguments.isMissingNode()) {
                ((ObjectNode) action).putObject("arguments");
            }
            STRING_ARGUMENTS.getOrDefault(action.get("name").asText(), List.of()).forEach(argument ->
                    Refusal.require(!arguments.has(argument) || arguments.get(argument).isTextual(),
                            () -> GorgiasErrorResponses.invalid(field + ".arguments." + argument, "Not a valid string.")));
        }
        for (String field : List.of("external_id", "intent", "language", ARCHIVED)) {
            GorgiasApps.defaultNull(body, field);
        }
        body.put("usage", body.path("usage").canConvertToInt() ? body.path("usage").asInt() : 0);
        return body;
    }
}
