package com.annexcloud.sdk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretScannerTest {
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.c2lnbmF0dXJlLWJ5dGVz";

    @Test
    void findsSignedJwtsAnywhere() {
        assertThat(SecretScanner.findLeak("token=" + JWT + " sent")).hasValueSatisfying(leak -> assertThat(leak)
                .startsWith("a signed JWT").contains("[64 chars redacted]").doesNotContain("eyJ"));
    }

    @Test
    void findsBearerBasicAndAuthorizationValues() {
        String basic = Base64.getEncoder().encodeToString("bot@acme.com:key".getBytes(StandardCharsets.UTF_8));
        assertThat(SecretScanner.findLeak("sent Bearer abcdefgh12345")).get().asString().startsWith("a bearer token");
        assertThat(SecretScanner.findLeak("Authorization: Basic " + basic)).get().asString()
                .startsWith("Basic credentials").doesNotContain(basic);
        assertThat(SecretScanner.findLeak("{\"Authorization\": \"token-1234567\"}")).get().asString()
                .startsWith("an Authorization value");
    }

    @Test
    void findsKnownAndRegisteredSecrets() {
        assertThat(SecretScanner.findLeak("key sandbox-gorgias-api-key-not-for-production!")).get().asString()
                .isEqualTo("a known secret in \"key [42 chars redacted]!\"");
        assertThat(SecretScanner.isClean("x registered-in-a-test-42 y")).isTrue();

        assertThat(KnownSecrets.register("registered-in-a-test-42")).isEqualTo("registered-in-a-test-42");

        assertThat(SecretScanner.isClean("x registered-in-a-test-42 y")).isFalse();
        assertThat(KnownSecrets.all()).contains("registered-in-a-test-42", "sandbox-annexcloud-secret-not-for-production");
    }

    @Test
    void shortRegisteredValuesAreIgnored() {
        KnownSecrets.register("short");
        KnownSecrets.register(null);

        assertThat(KnownSecrets.all()).doesNotContain("short");
        assertThat(SecretScanner.isClean("a short line")).isTrue();
    }

    @Test
    void ordinaryLinesAreClean() {
        assertThat(SecretScanner.findLeak(null)).isEmpty();
        assertThat(SecretScanner.isClean("")).isTrue();
        assertThat(SecretScanner.isClean("GET /users/john.doe@example.com -> 200 in 3 ms (1 attempt(s))")).isTrue();
        assertThat(SecretScanner.isClean("WWW-Authenticate: Bearer realm=\"loyalty\"")).isTrue();
        assertThat(SecretScanner.isClean("missing Authorization header; use Basic auth")).isTrue();
        assertThat(SecretScanner.isClean("Authorization: [redacted]")).isTrue();
        assertThat(SecretScanner.isClean("secret=Secret[REDACTED] authorization=Secret[REDACTED]")).isTrue();
        assertThat(SecretScanner.isClean("Basic settings applied")).isTrue();
    }

    @Test
    void excerptsKeepTheSurroundingsAndCutLongText() {
        String text = "x".repeat(40) + "SECRET" + "y".repeat(40);
        assertThat(SecretScanner.excerpt(text, 40, 46))
                .isEqualTo("in \"…" + "x".repeat(24) + "[6 chars redacted]" + "y".repeat(24) + "…\"");
    }
}
