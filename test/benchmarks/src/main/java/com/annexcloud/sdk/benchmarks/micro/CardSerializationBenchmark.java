package com.annexcloud.sdk.benchmarks.micro;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing the widget JSON of a full card (the design document's example) through the card's own serializer,
 * with the house mapper and with a plain {@code new ObjectMapper()} (as Spring's would), against the baseline
 * of a plain {@code ObjectMapper} writing a {@code Map} that holds the same JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CardSerializationBenchmark {
    /** The widget JSON of DESIGN.md's example member. */
    private static final String CARD = "{\"member\":true,\"email\":\"user@domain.com\",\"name\":\"John Doe\","
            + "\"optInStatus\":\"YES\",\"status\":\"ACTIVE\",\"points\":{\"available\":6656,\"lifetime\":7256,\"used\":600,"
            + "\"expired\":0,\"hold\":1000,\"expiring\":56,\"expiringOn\":\"2020-01-30\",\"currencyValue\":6656},"
            + "\"tier\":{\"current\":\"Silver\",\"previous\":\"Bronze\",\"next\":\"Gold\",\"pointsToNext\":120,"
            + "\"achievedOn\":\"2018-04-01\",\"expiresOn\":\"2019-04-01\"}}";

    private final ObjectMapper plain = new ObjectMapper();
    private LoyaltyCard card;
    private Map<?, ?> map;

    /** The card, and a map of exactly the JSON it writes; refuses to run when the two outputs differ. */
    @Setup
    public void prepare() throws IOException {
        card = Json.mapper().readValue(CARD, LoyaltyCard.class);
        map = plain.readValue(Json.write(card), LinkedHashMap.class);
        if (!Arrays.equals(plain.writeValueAsBytes(map), plain.writeValueAsBytes(card))) {
            throw new IllegalStateException("the baseline map does not write the card's JSON");
        }
    }

    /** The same JSON from a plain map. */
    @Benchmark
    public byte[] baseline() throws JsonProcessingException {
        return plain.writeValueAsBytes(map);
    }

    /** The card with the house mapper (the widget endpoint's path). */
    @Benchmark
    public byte[] houseMapper() throws JsonProcessingException {
        return Json.mapper().writeValueAsBytes(card);
    }

    /** The card with a mapper that knows nothing of the SDK (the card's serializer does the work). */
    @Benchmark
    public byte[] plainMapper() throws JsonProcessingException {
        return plain.writeValueAsBytes(card);
    }
}
