package com.annexcloud.sdk.gorgias.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/integrations} and of a full {@code PUT /api/integrations/{id}}: an
 * integration of {@link #type()} {@code http} by default. Its {@code toString()} redacts the headers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateIntegration.class)
@JsonDeserialize(as = ImmutableCreateIntegration.class)
public abstract class CreateIntegration {

    /** A new builder. */
    public static ImmutableCreateIntegration.Builder builder() {
        return ImmutableCreateIntegration.builder();
    }

    /** The name admins see (not blank); the client also uses it to tell whether a lost create landed. */
    public abstract String name();

    /** The kind of integration; {@code http} unless set. */
    @Value.Default
    public String type() {
        return "http";
    }

    /** A description admins see. */
    public abstract Optional<String> description();

    /** What Gorgias calls and when. */
    public abstract HttpSettings http();

    /** Rejects a blank name. */
    @Value.Check
    protected void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
