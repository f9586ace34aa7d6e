package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/tickets/{id}}, a ticket's tags and {@code /api/tags}, as the OpenAPI-derived MCP server
 * benpalmer1/Gorgias-MCP-Server and the spec-derived operation pages describe them (see
 * docs/vendor-facts-agent-workflow.md): {@code GET} a ticket; {@code PUT} one with {@code priority}
 * ({@code critical}, {@code high}, {@code normal}, {@code low}), {@code status} ({@code open}, {@code closed})
 * or {@code tags} (which replaces them all); {@code GET …/tags} a bare array; {@code POST …/tags} adds by
 * {@code names} and/or {@code ids} (201, empty), {@code PUT} sets (202), {@code DELETE} removes (204). A ticket
 * holds a tag once, so adding it again changes nothing; a tag named for the first time is created, an unknown
 * id is a 400. {@code GET /api/tags} lists the account's tags with cursor paging; {@code POST} creates one
 * (409 for a name in use).
 */
final class GorgiasTickets {
    private static final Set<String> PRIORITIES = Set.of("critical", "high", "normal", "low");
    private static final Set<String> STATUSES = Set.of("open", "closed");
    private static final int MAX_TAG_NAME = 256;

    private final TicketBook book;
    private final CursorListing<TicketBook.Tag> tagListing;

    GorgiasTickets(TicketBook book) {
        this.book = book;
        this.tagListing = new CursorListing<>(TicketBook.Tag::id, TicketBook.Tag::created, TicketBook.Tag::created,
                tag -> book.tagView(tag, true));
    }

    /** Adds the routes. */
    void register(Router router) {
        router.add("GET", "tickets/{}", (request, params) ->
                        SandboxResponse.json(200, book.view(GorgiasApi.pathId(params)).orElseThrow(GorgiasTickets::notFound)))
                .add("PUT", "tickets/{}", this::update)
                .add("GET", "tickets/{}/tags", (request, params) ->
                        SandboxResponse.json(200, book.tagsOf(GorgiasApi.pathId(params)).orElseThrow(GorgiasTickets::notFound)))
                .add("POST", "tickets/{}/tags", (request, params) -> tags(request, params, Change.ADD))
                .add("PUT", "tickets/{}/tags", (request, params) -> tags(request, params, Change.SET))
                .add("DELETE", "tickets/{}/tags", (request, params) -> tags(request, params, Change.REMOVE))
                .add("GET", "tags", (request, params) -> tagList(request))
                .add("POST", "tags", (request, params) -> createTag(request));
    }

    private enum Change {
        ADD(201), SET(202), REMOVE(204);

        private final int status;

        Change(int status) {
            this.status = status;
        }
    }

    private SandboxResponse update(SandboxRequest request, List<String> params) {
        ObjectNode body = GorgiasApi.object(request);
        String priority = choice(body, "priority", PRIORITIES);
        String status = choice(body, "status", STATUSES);
        List<String> tagNames = body.has("tags") ? tagObjects(body.get("tags")) : null;
        long id = GorgiasApi.pathId(params);
        ObjectNode view = book.change(id, ticket -> {
            if (priority != null) {
                ticket.priority = priority;
            }
            if (status != null) {
                ticket.status = status;
            }
            if (tagNames != null) {
                ticket.tagIds.clear();
                tagNames.forEach(name -> ticket.tagIds.add(book.tagNamed(name).id()));
            }
        }).orElseThrow(GorgiasTickets::notFound);
        return SandboxResponse.json(200, view);
    }

    private SandboxResponse tags(SandboxRequest request, List<String> params, Change change) {
        ObjectNode body = request.body().length == 0 ? JsonBody.MAPPER.createObjectNode() : GorgiasApi.object(request);
        List<String> names = body.has("names") ? names(body.get("names")) : List.of();
        List<Long> ids = body.has("ids") ? ids(body.get("ids")) : List.of();
        Refusal.require(change == Change.SET || !names.isEmpty() || !ids.isEmpty(),
                () -> GorgiasErrorResponses.invalid("_schema", "At least one of ids or names is required."));
        long ticketId = GorgiasApi.pathId(params);
        synchronized (book) {
            Refusal.require(book.exists(ticketId), () -> GorgiasErrorResponses.status(404));
            Set<Long> named = new LinkedHashSet<>();
            for (long id : ids) {
                named.add(book.tag(id).orElseThrow(() -> new Refusal(GorgiasErrorResponses.invalid("ids", "Tag " + id + " not found."))).id());
            }
            if (change == Change.REMOVE) {
                names.forEach(name -> book.tags().stream().filter(tag -> tag.name().equals(name))
                        .forEach(tag -> named.add(tag.id())));
            } else {
                names.forEach(name -> named.add(book.tagNamed(name).id()));
            }
            book.change(ticketId, ticket -> {
                if (change == Change.SET) {
                    ticket.tagIds.clear();
                }
                if (change == Change.REMOVE) {
                    ticket.tagIds.removeAll(named);
                } else {
                    ticket.tagIds.addAll(named);
                }
            });
        }
        return SandboxResponse.empty(change.status);
    }

    private SandboxResponse tagList(SandboxRequest request) {
        synchronized (book) {
            return SandboxResponse.json(200, tagListing.page(book.tags(), request));
        }
    }

    private SandboxResponse createTag(SandboxRequest request) {
        ObjectNode body = GorgiasApi.object(request);
        String name = tagName(body.get("name"), "name");
        return SandboxResponse.json(201, book.createTag(name).orElseThrow(() -> new Refusal(GorgiasErrorResponses.status(409))));
    }

    /** A field that must be one of the values when present; null when absent. */
    private static String choice(ObjectNode body, String field, Set<String> values) {
        if (!body.has(field)) {
            return null;
        }
        String value = body.get(field).asText("");
        Refusal.require(body.get(field).isTextual() && values.contains(value),
                () -> GorgiasErrorResponses.invalid(field, "Must be one of: " + String.join(", ", values.stream().sorted().toList()) + "."));
        return value;
    }

    private static List<String> names(JsonNode names) {
        Refusal.require(names.isArray(), () -> GorgiasErrorResponses.invalid("names", "Not a valid list."));
        List<String> all = new ArrayList<>();
        names.forEach(name -> all.add(tagName(name, "names")));
        return all;
    }

    /** The names of {@code PUT /api/tickets/{id}}'s {@code tags}: objects with a {@code name}. */
    private static List<String> tagObjects(JsonNode tags) {
        Refusal.require(tags.isArray(), () -> GorgiasErrorResponses.invalid("tags", "Not a valid list."));
        List<String> all = new ArrayList<>();
        tags.forEach(tag -> all.add(tagName(tag.path("name"), "tags")));
        return all;
    }

    private static String tagName(JsonNode name, String field) {
        Refusal.require(name != null && name.isTextual() && !name.asText().isBlank() && name.asText().length() <= MAX_TAG_NAME,
                () -> GorgiasErrorResponses.invalid(field, "Must be a name of 1 to " + MAX_TAG_NAME + " characters."));
        return name.asText();
    }

    private static List<Long> ids(JsonNode ids) {
        Refusal.require(ids.isArray(), () -> GorgiasErrorResponses.invalid("ids", "Not a valid list."));
        List<Long> all = new ArrayList<>();
        ids.forEach(id -> {
            Refusal.require(id.canConvertToLong() && id.isIntegralNumber(), () -> GorgiasErrorResponses.invalid("ids", "Not a valid integer."));
            all.add(id.asLong());
        });
        return all;
    }

    private static Refusal notFound() {
        return new Refusal(GorgiasErrorResponses.status(404));
    }
}
