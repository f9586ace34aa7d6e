package com.annexcloud.sdk.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Shared fixtures: a client against WireMock on manual time, and the signature checks. */
final class TestSupport {
    static final String SITE_ID = "123456";
    static final String SECRET = "s3cr3t-site-token-value";

    private TestSupport() {
    }

    /** A client on HTTP/1.1 against WireMock whose waits and clock are {@code time}. */
    static AnnexCloudClient client(WireMockRuntimeInfo wm, ManualTime time, RetryPolicy retryPolicy) {
        return AnnexCloudClient.builder()
                .baseUri(URI.create(wm.getHttpBaseUrl() + "/api/3.0"))
                .siteId(SITE_ID)
                .secret(Secret.of(SECRET))
                .options(ClientOptions.builder()
                        .httpVersion(HttpClient.Version.HTTP_1_1)
                        .clock(time.clock())
                        .sleeper(time)
                        .retryPolicy(retryPolicy)
                        .build())
                .build();
    }

    /** The JSON string literal a GET for this id signs. */
    static byte[] idLiteral(String id) {
        return ("\"" + id + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /** The hmac claim computed by hand: Base64(HMAC-SHA256(secret, ASCII(Base64(payload)))). */
    static String expectedHmac(byte[] payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String b64 = Base64.getEncoder().encodeToString(payload);
        return Base64.getEncoder().encodeToString(mac.doFinal(b64.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Verifies the token of a request with java-jwt and checks every claim and the site header. */
    static DecodedJWT assertSigned(LoggedRequest request, byte[] payload, ManualTime time) throws Exception {
        assertThat(request.getHeader("X-AnnexCloud-Site")).isEqualTo(SITE_ID);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        return assertToken(request.getHeader("Authorization"), payload, time);
    }

    /** Verifies an {@code Authorization} header value. */
    static DecodedJWT assertToken(String authorization, byte[] payload, ManualTime time) throws Exception {
        assertThat(authorization).startsWith("Bearer ");
        JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.HMAC256(SECRET))
                .withClaim("site_id", SITE_ID)).build(time.clock());
        DecodedJWT jwt = verifier.verify(authorization.substring("Bearer ".length()));
        assertThat(jwt.getAlgorithm()).isEqualTo("HS256");
        assertThat(jwt.getType()).isEqualTo("JWT");
        assertThat(jwt.getSubject()).isEqualTo(SITE_ID);
        assertThat(jwt.getClaim("exp").asLong()).isEqualTo(time.now().getEpochSecond() + 300);
        assertThat(jwt.getClaim("hmac").asString()).isEqualTo(expectedHmac(payload));
        return jwt;
    }

    /** A transport that records each attempt and answers with a fixed response, without a network. */
    static class RecordingTransport implements HttpTransport {
        final List<TransportRequest> requests = new ArrayList<>();
        private final int status;
        private final String body;

        RecordingTransport(int status, String body) {
            this.status = status;
            this.body = body;
        }

        @Override
        public synchronized TransportResponse execute(TransportRequest request) {
            requests.add(request);
            return new TransportResponse(status, Map.of("Content-Type", List.of("application/json")),
                    body.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
            return CompletableFuture.completedFuture(execute(request));
        }
    }

    /** A client over a recording transport, on manual time. */
    static AnnexCloudClient client(RecordingTransport transport, ManualTime time) {
        return AnnexCloudClient.builder()
                .siteId(SITE_ID)
                .secret(Secret.of(SECRET))
                .options(ClientOptions.builder().clock(time.clock()).sleeper(time).build())
                .transport(transport)
                .tokenLifetime(Duration.ofMinutes(5))
                .build();
    }
}
