package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders customers as Gorgias does: integer ids, {@code null} for absent values, microsecond datetimes. */
final class CustomerViews {
    /** Email channels get ids at this distance from their customer's id, as in Gorgias's sample. */
    private static final long CHANNEL_ID_OFFSET = 13_975_364L;

    private CustomerViews() {
    }

    /** The customer as {@code GET /customers/{id}} answers it, with channels and integrations. */
    static ObjectNode full(SandboxCustomer c) {
        ObjectNode json = summary(c);
        ArrayNode channels = JsonBody.MAPPER.createArrayNode();
        c.email().ifPresent(email -> addEmailChannel(channels, c, email, true));
        c.channelEmails().forEach(email -> addEmailChannel(channels, c, email, false));
        json.set("channels", channels);
        json.putNull("customer");
        json.putObject("integrations");
        return json;
    }

    private static void addEmailChannel(ArrayNode channels, SandboxCustomer c, String email, boolean preferred) {
        long id = c.id().orElseThrow();
        ObjectNode channel = channels.addObject()
                .put("id", id + CHANNEL_ID_OFFSET + channels.size() - 1)
                .put("type", "email")
                .put("address", email)
                .put("preferred", preferred)
                .put("created_datetime", Timestamps.gorgias(c.createdDatetime().orElseThrow()))
                .put("updated_datetime", Timestamps.gorgias(c.updatedDatetime().orElseThrow()))
                .putNull("deleted_datetime");
        channel.putObject("user").put("id", id).put("name", c.name().orElse(""));
        channel.putObject("customer").put("id", id).put("name", c.name().orElse(""));
    }

    /** The customer as list pages show it (no channels). */
    static ObjectNode summary(SandboxCustomer c) {
        ObjectNode json = JsonBody.MAPPER.createObjectNode().put("id", c.id().orElseThrow());
        json.put("external_id", c.externalId().orElse(null))
                .put("active", c.active())
                .put("email", c.email().orElse(null))
                .put("name", c.name().orElse(""))
                .put("firstname", c.firstname().orElse(""))
                .put("lastname", c.lastname().orElse(""))
                .put("language", c.language().orElse(null))
                .put("timezone", c.timezone().orElse(null))
                .put("created_datetime", Timestamps.gorgias(c.createdDatetime().orElseThrow()))
                .put("updated_datetime", Timestamps.gorgias(c.updatedDatetime().orElseThrow()));
        json.set("meta", c.meta().orElse(null));
        json.set("data", c.data().orElse(null));
        json.put("note", c.note().orElse(null));
        return json;
    }
}
