package com.annexcloud.sdk.benchmarks.micro;

import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a points balance in the vendor's shape (numbers as strings, a timestamp without a colon in its
 * offset, a field in another case) into the typed model with the house mapper's lenient readers, against
 * the baseline of a plain jackson {@code readTree} of the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LenientReadBenchmark {
    /** {@code GET /points/{id}} as the Loyalty V3 API portal shows it (repaired to valid JSON). */
    private static final byte[] POINTS = ("{\"id\":\"user@domain.com\",\"availablePoints\":\"6656\",\"usedPoints\":\"600\","
            + "\"expiredPoints\":\"0\",\"lifetimePoints\":\"7256\",\"earnedPointsPeriod\":\"\",\"holdPoints\":1000,"
            + "\"usedPointsOnReward\":\"600\",\"pointsToExpire\":\"56\",\"pointsToExpireDate\":\"2020-01-30T05:30:00+0000\","
            + "\"PointsToNextTier\":\"120\",\"spendToNextTier\":\"\",\"creditsToCurrencyRatio\":\"1\","
            + "\"creditsToCurrencyValue\":6656}").getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper plain = new ObjectMapper();

    /** A plain tree of the same bytes: parsing without any typing or leniency. */
    @Benchmark
    public JsonNode baseline() throws IOException {
        return plain.readTree(POINTS);
    }

    /** The typed, lenient read the client does for every points answer. */
    @Benchmark
    public PointsBalance lenientRead() throws IOException {
        return Json.mapper().readValue(POINTS, PointsBalance.class);
    }
}
