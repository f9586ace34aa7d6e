package com.annexcloud.sdk.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Emulator state for a Gorgias resource kept as plain JSON objects (integrations, widgets): by id, in
 * creation order, with Gorgias-like ids and microsecond timestamps. Not synchronized: callers hold the
 * lock of the routes that share it.
 */
final class RecordBook {
    /**
     * One stored object.
     *
     * @param id      the id handed out
     * @param created when it was created
     * @param updated when it was last replaced
     * @param fields  its fields, without {@code id} and the timestamps
     */
    record Entry(long id, OffsetDateTime created, OffsetDateTime updated, ObjectNode fields) {
        /** The object as the API answers it: {@code id}, the fields, then the timestamps. */
        ObjectNode view() {
            ObjectNode json = JsonBody.MAPPER.createObjectNode().put("id", id);
            json.setAll(fields.deepCopy());
            return json.put("created_datetime", Timestamps.gorgias(created))
                    .put("updated_datetime", Timestamps.gorgias(updated));
        }
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private final Clock clock;
    private final long firstId;
    private long nextId;

    RecordBook(Clock clock, long firstId) {
        this.clock = clock;
        this.firstId = firstId;
        this.nextId = firstId;
    }

    /** Forgets every object and starts ids again. */
    void clear() {
        entries.clear();
        nextId = firstId;
    }

    /** Stores a new object under the next id. */
    Entry add(ObjectNode fields) {
        OffsetDateTime now = Timestamps.gorgiasNow(clock);
        Entry entry = new Entry(nextId++, now, now, fields.deepCopy());
        entries.put(entry.id(), entry);
        return entry;
    }

    Optional<Entry> get(long id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every object, oldest first. */
    List<Entry> all() {
        return new ArrayList<>(entries.values());
    }

    /** Every object as the API shows it, oldest first, parsed from its text so it equals a parsed response. */
    List<JsonNode> views() {
        return entries.values().stream()
                .map(entry -> JsonBody.asRead(entry.view()))
                .toList();
    }

    /** Replaces an existing object's fields and sets its update time to now. */
    Entry replace(Entry current, ObjectNode fields) {
        Entry entry = new Entry(current.id(), current.created(), Timestamps.gorgiasNow(clock), fields.deepCopy());
        entries.put(entry.id(), entry);
        return entry;
    }

    boolean delete(long id) {
        return entries.remove(id) != null;
    }
}
