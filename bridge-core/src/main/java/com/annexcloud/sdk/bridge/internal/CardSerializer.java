package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.ImmutableLoyaltyCard;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a {@link LoyaltyCard} as the widget JSON whichever {@code ObjectMapper} serialises it (Spring Boot's,
 * a plain {@code new ObjectMapper()}): the card is rendered by the house mapper's rules (absent values left
 * out, {@code Optional} unwrapped, exact decimals), so no mapper's own inclusion or modules change it.
 */
public final class CardSerializer extends StdSerializer<LoyaltyCard> {
    private static final long serialVersionUID = 1L;

    /** The house mapper with the card's own properties, without this serializer (which would recurse). */
    private static final ObjectMapper CARD_MAPPER = Json.mapper().copy().addMixIn(LoyaltyCard.class, AsBean.class);

    /** Created by Jackson. */
    public CardSerializer() {
        super(LoyaltyCard.class);
    }

    @Override
    public void serialize(LoyaltyCard card, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeTree(CARD_MAPPER.valueToTree(card));
    }

    /** Serialises the card as the bean Immutables generates. */
    @JsonSerialize(as = ImmutableLoyaltyCard.class, using = JsonSerializer.None.class)
    private interface AsBean {
    }
}
