package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.Secret;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a request can fail Annex Cloud's authentication answers 401 AC1002, by the sandbox clock. */
class AnnexCloudAuthTest {
    private static final String JOHN = "john.doe@example.com";
    private static final byte[] JOHN_LITERAL = AnnexCalls.jsonString(JOHN);
    private static final byte[] NO_BODY = new byte[0];

    private final ManualTime time = ManualTime.create();
    private Sandbox sandbox;
    private AnnexCalls annex;
    private AnnexCalls.Credentials valid;

    @BeforeEach
    void start() {
        sandbox = Sandbox.builder().annexSiteId("987654").annexSecret(Secret.of("site-secret-for-tests"))
                .data(SandboxData.sample()).clock(time.clock()).start();
        annex = new AnnexCalls(sandbox.annexCloud());
        valid = annex.credentials(time.now());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResult getJohn(AnnexCalls.Credentials credentials) {
        return annex.send("GET", "/points/" + JOHN, NO_BODY, JOHN_LITERAL, credentials);
    }

    private static void assertUnauthorized(HttpResult result) {
        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body()).isEqualTo("{\"errorCode\":\"AC1002\",\"errorMessage\":\"Request Not Authorized\"}");
    }

    @Test
    void aCorrectlySignedRequestPasses() {
        assertThat(getJohn(valid).status()).isEqualTo(200);
    }

    @Test
    void wrongSignatureIsRefused() {
        assertUnauthorized(getJohn(valid.withSecret(Secret.of("another-secret"))));
    }

    @Test
    void expiredTokenIsRefusedByTheSandboxClock() {
        AnnexCalls.Credentials shortLived = annex.credentials(time.now()).expiringAt(time.now().plusSeconds(60));
        assertThat(getJohn(shortLived).status()).isEqualTo(200);

        time.advance(Duration.ofSeconds(61));

        assertUnauthorized(getJohn(shortLived));
    }

    @Test
    void wrongSiteHeaderIsRefused() {
        assertUnauthorized(getJohn(valid.withSiteHeader("123456")));
    }

    @Test
    void wrongSiteClaimIsRefused() {
        assertUnauthorized(getJohn(valid.withSiteClaim("123456")));
    }

    @Test
    void aGetMustSignTheIdAsAJsonStringLiteral() {
        byte[] withoutQuotes = JOHN.getBytes(StandardCharsets.UTF_8);
        assertUnauthorized(annex.send("GET", "/points/" + JOHN, NO_BODY, withoutQuotes, valid));
        assertUnauthorized(annex.send("GET", "/points/" + JOHN, NO_BODY, AnnexCalls.jsonString("jane@x.com"), valid));
    }

    @Test
    void aPostMustSignTheExactBodyBytes() {
        byte[] body = "{\"id\":\"john.doe@example.com\",\"activity\":\"CREDIT\",\"credit\":50,\"reason\":\"r\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] reformatted = "{\"id\": \"john.doe@example.com\", \"activity\": \"CREDIT\", \"credit\": 50, \"reason\": \"r\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertUnauthorized(annex.send("POST", "/points", body, reformatted, valid));
        assertThat(sandbox.annexCloud().member(JOHN).orElseThrow().availablePoints()).isEqualByComparingTo("6656");
        assertThat(annex.send("POST", "/points", body, body, valid).status()).isEqualTo(200);
    }

    @Test
    void missingOrMalformedAuthorizationIsRefused() {
        HttpRequest.Builder noToken = HttpResult.request(sandbox.annexCloud().baseUri(), "/points/" + JOHN)
                .header("X-AnnexCloud-Site", "987654");
        HttpRequest.Builder garbage = HttpResult.request(sandbox.annexCloud().baseUri(), "/points/" + JOHN)
                .header("X-AnnexCloud-Site", "987654").header("Authorization", "Bearer not.a.jwt");
        String unsigned = AnnexCalls.token(JOHN_LITERAL, valid);
        String noneAlg = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0" + unsigned.substring(unsigned.indexOf('.'));
        HttpRequest.Builder algNone = HttpResult.request(sandbox.annexCloud().baseUri(), "/points/" + JOHN)
                .header("X-AnnexCloud-Site", "987654").header("Authorization", "Bearer " + noneAlg);

        assertUnauthorized(HttpResult.send(noToken.build()));
        assertUnauthorized(HttpResult.send(garbage.build()));
        assertUnauthorized(HttpResult.send(algNone.build()));
    }
}
