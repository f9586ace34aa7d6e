package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.gorgias.internal.GorgiasDateTimes;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gorgias macro as the API returns it (Gorgias reference, "The Macro object"): a named set of {@link
 * #actions()} an agent applies to a ticket, such as a reply text with {@code {{…}}} variables. Unmodelled
 * fields are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMacro.class)
@JsonDeserialize(as = ImmutableMacro.class)
public abstract class Macro {

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Macro}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableMacro.Builder {
    }

    /** Gorgias's id of the macro. */
    public abstract long id();

    /** The id the macro's creator gave it, by which an app finds its own macros again. */
    @JsonProperty("external_id")
    public abstract Optional<String> externalId();

    /** The name agents pick the macro by. */
    public abstract String name();

    /** What the macro is for, from Gorgias's list (such as {@code other/question}). */
    public abstract Optional<String> intent();

    /** The language of the macro (ISO 639-1). */
    public abstract Optional<String> language();

    /** How many times agents applied it. */
    public abstract Optional<Long> usage();

    /** What applying it does, in order; unknown actions are kept as read. */
    public abstract List<MacroAction> actions();

    /** When it was created. */
    @JsonProperty("created_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> createdDatetime();

    /** When it was last changed. */
    @JsonProperty("updated_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> updatedDatetime();

    /** When it was archived; absent while in use. */
    @JsonProperty("archived_datetime")
    @JsonSerialize(contentUsing = GorgiasDateTimes.Serializer.class)
    public abstract Optional<OffsetDateTime> archivedDatetime();

    /** Fields this SDK does not model ({@code uri}, …), kept as sent. */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();
}
