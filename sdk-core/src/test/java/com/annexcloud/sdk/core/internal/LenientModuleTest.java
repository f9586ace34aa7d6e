package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value formats of annexcloud-v3.md ("Value formats") and gorgias.md, through the house mapper. */
class LenientModuleTest {
    private static final ObjectMapper MAPPER = Json.mapper();

    /** Plain mutable holder: exercises the readers without Immutables in the way. */
    static final class Values {
        public Long points;
        public long total;
        public Integer count;
        public int level;
        public BigDecimal amount;
        public OffsetDateTime at;
        public LocalDate on;
        public String name;
    }

    private static Values read(String json) throws Exception {
        return MAPPER.readValue(json, Values.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7561", "\"7561\"", "\" 7561 \"", "7561.0", "\"7561.00\"", "\"7.561e3\""})
    void wholeNumbersFromNumbersOrStrings(String value) throws Exception {
        Values v = read("{\"points\":" + value + ",\"total\":" + value + ",\"count\":" + value + ",\"level\":" + value + "}");

        assertThat(v.points).isEqualTo(7561L);
        assertThat(v.total).isEqualTo(7561L);
        assertThat(v.count).isEqualTo(7561);
        assertThat(v.level).isEqualTo(7561);
    }

    @Test
    void decimalsStayExact() throws Exception {
        assertThat(read("{\"amount\":\"7561.50\"}").amount).isEqualTo(new BigDecimal("7561.50")).hasScaleOf(2);
        assertThat(read("{\"amount\":7561.50}").amount).isEqualTo(new BigDecimal("7561.50"));
        assertThat(read("{\"amount\":1000}").amount).isEqualTo(new BigDecimal("1000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"  \"", "null"})
    void emptyAndNullAreAbsent(String value) throws Exception {
        Values v = read("{\"points\":" + value + ",\"total\":" + value + ",\"count\":" + value + ",\"amount\":" + value
                + ",\"at\":" + value + ",\"on\":" + value + "}");

        assertThat(v.points).isNull();
        assertThat(v.total).isZero();
        assertThat(v.count).isNull();
        assertThat(v.amount).isNull();
        assertThat(v.at).isNull();
        assertThat(v.on).isNull();
    }

    @Test
    void emptyStringIsAbsentButBlankTextIsKept() throws Exception {
        assertThat(read("{\"name\":\"\"}").name).isNull();
        assertThat(read("{\"name\":\"John Doe\"}").name).isEqualTo("John Doe");
        assertThat(read("{\"name\":123}").name).isEqualTo("123");
    }

    @Test
    void emptyStringInAModelIsAnEmptyOptional() throws Exception {
        SampleModel model = MAPPER.readValue("{\"pointsToNextTier\":\"\",\"amount\":\"\",\"tierAchieveDate\":\"\","
                + "\"pointsToExpireDate\":null,\"phone\":\"\"}", SampleModel.class);

        assertThat(model.pointsToNextTier()).isEmpty();
        assertThat(model.amount()).isEmpty();
        assertThat(model.tierAchieveDate()).isEmpty();
        assertThat(model.pointsToExpireDate()).isEmpty();
        assertThat(model.phone()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2018-04-01T00:00:00-0700,      2018-04-01T00:00:00-07:00",
        "2018-04-01T00:00:00-07:00,     2018-04-01T00:00:00-07:00",
        "2020-01-30T05:30:00+0000,      2020-01-30T05:30:00Z",
        "2020-01-30T05:30:00Z,          2020-01-30T05:30:00Z",
        "2020-01-30T05:30:00.123+0530,  2020-01-30T05:30:00.123+05:30",
        "2020-01-30 05:30:00+0200,      2020-01-30T05:30:00+02:00",
        "2020-01-30T05:30:00,           2020-01-30T05:30:00Z",
        "2020-01-30,                    2020-01-30T00:00:00Z"
    })
    void timestampsWithOrWithoutAColonInTheOffset(String sent, String expected) throws Exception {
        OffsetDateTime at = read("{\"at\":\"" + sent + "\"}").at;

        assertThat(at).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(at.getOffset()).isEqualTo(OffsetDateTime.parse(expected).getOffset());
    }

    @ParameterizedTest
    @CsvSource({
        "2020-01-30,                2020-01-30",
        "2020-01-30T23:30:00-0700,  2020-01-30",
        "2020-01-30T05:30:00+0000,  2020-01-30"
    })
    void plainDatesAndTimestampsAsDates(String sent, String expected) throws Exception {
        assertThat(read("{\"on\":\"" + sent + "\"}").on).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void datesAreWrittenInIsoForm() throws Exception {
        Values v = new Values();
        v.at = OffsetDateTime.of(2018, 4, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-7));
        v.on = LocalDate.of(2020, 1, 30);

        String json = MAPPER.writeValueAsString(v);

        assertThat(json).contains("\"at\":\"2018-04-01T00:00:00-07:00\"").contains("\"on\":\"2020-01-30\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PointsToNextTier", "pointsToNextTier", "POINTSTONEXTTIER", "pointstonexttier"})
    void propertyNamesMatchWithoutRegardToCase(String name) throws Exception {
        SampleModel model = MAPPER.readValue("{\"" + name + "\":\"120\"}", SampleModel.class);

        assertThat(model.pointsToNextTier()).contains(120L);
        assertThat(model.additionalProperties()).isEmpty();
    }

    @Test
    void unknownFieldsAreKeptNotFatal() throws Exception {
        SampleModel model = MAPPER.readValue("{\"newField\":[1,2],\"pointsToNextTier\":1}", SampleModel.class);

        assertThat(model.additionalProperties()).containsOnlyKeys("newField");
        assertThat(MAPPER.readValue("{\"unknown\":true}", Values.class).points).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"12.5\"", "12.5", "\"twelve\"", "\"1e400\"", "\"99999999999999999999\""})
    void wholeNumberFieldsRefuseFractionsTextAndOverflow(String value) {
        assertThatThrownBy(() -> read("{\"points\":" + value + "}")).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void intFieldsRefuseValuesOutOfRange() {
        assertThatThrownBy(() -> read("{\"count\":\"3000000000\"}")).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("out of int range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "{}", "[1]"})
    void numbersRefuseOtherTokens(String value) {
        assertThatThrownBy(() -> read("{\"amount\":" + value + "}")).isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-13-01", "01/04/2018", "2018-04-01T25:00:00Z", "yesterday"})
    void malformedDatesAreRefused(String value) {
        assertThatThrownBy(() -> read("{\"at\":\"" + value + "\"}")).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void hugeNumbersAreRefusedBeforeParsing() {
        assertThatThrownBy(() -> read("{\"amount\":\"" + "9".repeat(65) + "\"}"))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("number too long");
        assertThatThrownBy(() -> read("{\"amount\":\"1e-5000\"}"))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("exponent out of range");
    }

    @Test
    void readsIntoMapsLeniently() throws Exception {
        Map<String, Long> counters = MAPPER.readValue("{\"a\":\"1\",\"b\":2}",
                MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Long.class));

        assertThat(counters).containsEntry("a", 1L).containsEntry("b", 2L);
    }
}
