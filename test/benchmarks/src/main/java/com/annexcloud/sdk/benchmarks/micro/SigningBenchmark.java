package com.annexcloud.sdk.benchmarks.micro;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.loyalty.internal.AnnexCloudRequestSigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Signing one Annex Cloud request (the HS256 JWT over the payload's HMAC, built per attempt) against the
 * baseline of one bare HMAC-SHA256 of the same body bytes with the same key.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningBenchmark {
    /** An award in the {@code POST /points} shape of the Loyalty V3 API portal. */
    private static final byte[] BODY = ("{\"id\":\"user@domain.com\",\"actionId\":\"100\",\"activity\":\"CREDIT\","
            + "\"credit\":\"50\",\"reason\":\"goodwill\",\"customId\":\"ticket-4711\"}").getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "benchmark-site-secret-0123456789";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final AnnexCloudRequestSigner signer =
            new AnnexCloudRequestSigner("123456", Secret.of(SECRET), Duration.ofMinutes(5));
    private final PipelineRequest request = new PipelineRequest("POST", "/points", Map.of(), BODY, null, false);

    /** One HMAC-SHA256 of the body: what any signature of these bytes costs at least. */
    @Benchmark
    public byte[] baseline() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(BODY);
    }

    /** The headers of one signed attempt: the JWT with the payload's {@code hmac} claim, and the site header. */
    @Benchmark
    public Map<String, String> signRequest() {
        return signer.headers(request, NOW);
    }
}
