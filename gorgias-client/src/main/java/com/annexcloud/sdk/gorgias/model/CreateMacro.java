package com.annexcloud.sdk.gorgias.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/macros}, and of {@code PUT /api/macros/{id}}, which sends every field set here
 * and replaces the macro's {@link #actions()} as a whole (send every action to keep). Only {@link #name()} is
 * required; unset optional fields are not sent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateMacro.class)
@JsonDeserialize(as = ImmutableCreateMacro.class)
public abstract class CreateMacro {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link CreateMacro}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableCreateMacro.Builder {
    }

    /** The name agents pick the macro by (not blank). */
    public abstract String name();

    /**
     * An id of the caller's choosing (not blank), by which it finds its macro again; the client also uses it
     * to tell whether a lost create landed.
     */
    @JsonProperty("external_id")
    public abstract Optional<String> externalId();

    /** What the macro is for, one of Gorgias's intents (such as {@code other/question}). */
    public abstract Optional<String> intent();

    /** The macro's language (ISO 639-1, such as {@code en}). */
    public abstract Optional<String> language();

    /** What applying the macro does, in order; none unless set. */
    public abstract List<MacroAction> actions();

    /** Rejects a blank name or external id. */
    @Value.Check
    protected void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (externalId().filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("externalId must not be blank");
        }
    }
}
