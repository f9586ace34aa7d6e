package com.annexcloud.sdk.gorgias.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/integrations}, and the changes of an update ({@code PUT
 * /api/integrations/{id}}, which keeps the settings Gorgias shows that this request does not carry): an integration of
 * {@link #type()} {@code http} by default. Its {@code toString()} redacts the HTTP headers and the
 * unmodelled HTTP settings.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateIntegration.class)
@JsonDeserialize(as = ImmutableCreateIntegration.class)
public abstract class CreateIntegration {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link CreateIntegration}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableCreateIntegration.Builder {
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

    /**
     * Whether an update makes the integration active again: {@code true} sends {@code
     * "deactivated_datetime": null}, which reactivates an integration Gorgias turned off (it does after
     * 100 consecutive failures) under the same id, so the customer data Gorgias keys by that id stays.
     * {@code false} (the default) keeps the current state. A new integration is always active.
     */
    @JsonIgnore
    @Value.Default
    public boolean activate() {
        return false;
    }

    /** Rejects a blank name. */
    @Value.Check
    protected void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
