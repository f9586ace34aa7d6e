package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SampleModelJsonTest {
    @Test
    void readsVendorQuirksAndKeepsUnknownFields() throws Exception {
        String json = "{\"PointsToNextTier\":\"120\",\"amount\":\"7561.50\",\"tierAchieveDate\":\"2018-04-01T14:00:00-0700\","
                + "\"pointsToExpireDate\":\"2020-01-30T05:30:00+0000\",\"phone\":\"\",\"surprise\":{\"a\":1}}";
        SampleModel model = Json.mapper().readValue(json, SampleModel.class);
        assertThat(model.pointsToNextTier()).contains(120L);
        assertThat(model.amount()).contains(new BigDecimal("7561.50"));
        assertThat(model.tierAchieveDate()).contains(OffsetDateTime.parse("2018-04-01T14:00:00-07:00"));
        assertThat(model.pointsToExpireDate()).contains(LocalDate.of(2020, 1, 30));
        assertThat(model.phone()).isEmpty();
        assertThat(model.additionalProperties()).containsKey("surprise");
        assertThat(model.additionalProperties().get("surprise").get("a").asInt()).isEqualTo(1);
        String written = Json.mapper().writeValueAsString(model);
        assertThat(written).contains("\"surprise\":{\"a\":1}").doesNotContain("phone");
    }
}
