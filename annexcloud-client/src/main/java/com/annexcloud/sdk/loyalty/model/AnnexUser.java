package com.annexcloud.sdk.loyalty.model;

import com.annexcloud.sdk.loyalty.internal.VendorDateTimeSerializer;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A loyalty member as {@code GET /users/{id}} returns it; fields the SDK does not know are kept. */
@Value.Immutable
@JsonSerialize(as = ImmutableAnnexUser.class)
@JsonDeserialize(as = ImmutableAnnexUser.class)
public interface AnnexUser extends UserDetails {

    /** A builder, for tests and fakes. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link AnnexUser}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableAnnexUser.Builder {
    }

    /** The member's unique id (often the email). */
    String id();

    /** When the member was created. */
    @JsonSerialize(contentUsing = VendorDateTimeSerializer.class)
    Optional<OffsetDateTime> createDate();

    /** When the member was last updated. */
    @JsonSerialize(contentUsing = VendorDateTimeSerializer.class)
    Optional<OffsetDateTime> updateDate();

    /** When the member opted in. */
    @JsonSerialize(contentUsing = VendorDateTimeSerializer.class)
    Optional<OffsetDateTime> optInDate();

    /** The total the member has spent, in the site's currency. */
    Optional<BigDecimal> totalSpendCurrency();

    /** The site the member belongs to. */
    Optional<String> siteId();

    /** Every field the SDK does not model, as sent. */
    @JsonAnyGetter
    Map<String, JsonNode> additionalProperties();
}
