package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.PointsSummary;
import com.annexcloud.sdk.bridge.model.TierSummary;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A card written by a plain {@code new ObjectMapper()} (no modules, default inclusion) is its {@code toJson()}. */
class LoyaltyCardJsonTest {
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void aNonMemberHasNoNullFields() throws Exception {
        LoyaltyCard card = LoyaltyCard.nonMember("nina@example.com");

        assertThat(plain.writeValueAsString(card)).isEqualTo(card.toJson())
                .isEqualTo("{\"member\":false,\"email\":\"nina@example.com\"}");
    }

    @Test
    void aMemberKeepsWholeNumbersDatesAndTheOrder() throws Exception {
        LoyaltyCard card = LoyaltyCard.builder().member(true).email("john.doe@example.com").name("John Doe")
                .points(PointsSummary.builder().available(new BigDecimal("6656")).expiring(new BigDecimal("56.50")).hold(new BigDecimal("1E+3"))
                        .expiringOn(LocalDate.of(2020, 1, 30)).build())
                .tier(TierSummary.builder().current("Silver").achievedOn(LocalDate.of(2018, 4, 1)).build())
                .partial(true)
                .build();

        assertThat(plain.writeValueAsString(card)).isEqualTo(card.toJson());
        assertThat(plain.writeValueAsString(Map.of("card", card))).isEqualTo("{\"card\":" + card.toJson() + "}");
        assertThat(card.toJson()).contains("\"available\":6656", "\"hold\":1000", "\"expiringOn\":\"2020-01-30\"", "\"_partial\":true")
                .doesNotContain("null");
    }
}
