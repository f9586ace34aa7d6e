package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.ImmutableLoyaltyCard;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

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
        out.writeTree(plainDecimals(CARD_MAPPER.valueToTree(card)));
    }

    /**
     * The tree with every decimal in plain notation ({@code 600}, not {@code 6E+2}), as the house mapper writes
     * them, so a generator without {@code WRITE_BIGDECIMAL_AS_PLAIN} writes the same figures.
     */
    private static JsonNode plainDecimals(JsonNode node) {
        if (node.isBigDecimal()) {
            return DecimalNode.valueOf(new BigDecimal(node.decimalValue().toPlainString()));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(plainDecimals(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, plainDecimals(array.get(i)));
            }
        }
        return node;
    }

    /** Serialises the card as the bean Immutables generates. */
    @JsonSerialize(as = ImmutableLoyaltyCard.class, using = JsonSerializer.None.class)
    private interface AsBean {
    }
}
