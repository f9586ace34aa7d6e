package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.ImmutableSandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Applies the fields of a {@code POST}/{@code PUT /customers} body (a partial body for PUT: absent
 * fields stay, {@code null} clears), {@code data} included (the Customer object documents it as a
 * customer property). Names are completed as Gorgias does: a {@code name} alone is split
 * into first and last name, first and last name alone make the {@code name}. Without an {@code email},
 * the address of the first email channel is used; the other email channels are kept as further addresses.
 */
final class CustomerBody {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, BiConsumer<ImmutableSandboxCustomer.Builder, Optional<String>>> TEXT_FIELDS =
            Map.of("name", ImmutableSandboxCustomer.Builder::name,
                    "firstname", ImmutableSandboxCustomer.Builder::firstname,
                    "lastname", ImmutableSandboxCustomer.Builder::lastname,
                    "external_id", ImmutableSandboxCustomer.Builder::externalId,
                    "language", ImmutableSandboxCustomer.Builder::language,
                    "timezone", ImmutableSandboxCustomer.Builder::timezone,
                    "note", ImmutableSandboxCustomer.Builder::note);

    private CustomerBody() {
    }

    /**
     * The customer with the body applied.
     *
     * @throws Refusal 400 naming the field for an invalid value
     */
    static SandboxCustomer apply(ObjectNode body, SandboxCustomer current) {
        ImmutableSandboxCustomer.Builder next = SandboxCustomer.builder().from(current);
        TEXT_FIELDS.forEach((field, setter) -> {
            if (body.has(field)) {
                setter.accept(next, text(body, field));
            }
        });
        Optional<String> email = body.has("email") ? text(body, "email") : channelEmail(body);
        if (body.has("email") || email.isPresent()) {
            email.ifPresent(e -> Refusal.require(EMAIL.matcher(e).matches(),
                    () -> GorgiasErrorResponses.invalid("email", "Not a valid email address.")));
            next.email(email);
        }
        if (body.has("channels")) {
            String primary = next.build().email().orElse("");
            next.channelEmails(emailChannels(body).filter(address -> !address.equalsIgnoreCase(primary))
                    .distinct().collect(Collectors.toList()));
        }
        if (body.has("active")) {
            Refusal.require(body.get("active").isBoolean(), () -> GorgiasErrorResponses.invalid("active", "Not a valid boolean."));
            next.active(body.get("active").booleanValue());
        }
        mapping(body, "meta").ifPresent(next::meta);
        mapping(body, "data").ifPresent(next::data);
        return completeNames(next.build(), body);
    }

    /** A field that must be an object or null (the Customer object's {@code meta} and {@code data}); empty when absent. */
    private static Optional<Optional<JsonNode>> mapping(ObjectNode body, String field) {
        if (!body.has(field)) {
            return Optional.empty();
        }
        JsonNode value = body.get(field);
        Refusal.require(value.isObject() || value.isNull(), () -> GorgiasErrorResponses.invalid(field, "Not a valid mapping type."));
        return Optional.of(Optional.ofNullable(value.isNull() ? null : value));
    }

    private static Optional<String> text(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        Refusal.require(value.isNull() || value.isTextual() || value.isNumber(),
                () -> GorgiasErrorResponses.invalid(field, "Not a valid string."));
        return value.isNull() || value.asText().isEmpty() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<String> channelEmail(ObjectNode body) {
        return emailChannels(body).findFirst();
    }

    /** The addresses of the body's email channels, in order. */
    private static Stream<String> emailChannels(ObjectNode body) {
        return StreamSupport.stream(body.path("channels").spliterator(), false)
                .filter(channel -> "email".equals(channel.path("type").asText()) && channel.path("address").isTextual())
                .map(channel -> channel.path("address").asText());
    }

    private static SandboxCustomer completeNames(SandboxCustomer c, ObjectNode body) {
        boolean namesGiven = body.has("firstname") || body.has("lastname");
        if (body.has("name") && !namesGiven && c.name().isPresent()) {
            String[] parts = c.name().get().trim().split("\\s+", 2);
            return SandboxCustomer.builder().from(c).firstname(parts[0])
                    .lastname(Optional.ofNullable(parts.length > 1 ? parts[1] : null)).build();
        }
        if (namesGiven && !body.has("name")) {
            String name = (c.firstname().orElse("") + " " + c.lastname().orElse("")).trim();
            return SandboxCustomer.builder().from(c).name(Optional.ofNullable(name.isEmpty() ? null : name)).build();
        }
        return c;
    }
}
