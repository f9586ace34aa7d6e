package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokenCodecTest {
    private static String b64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesTheDocumentedObjectForm() {
        String encoded = AccessTokenCodec.encode(new AccessToken("123456", Secret.of("loyal-token")));

        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                .isEqualTo("{\"site_id\":\"123456\",\"loyaltyToken\":\"loyal-token\"}");
    }

    @Test
    void roundTrips() {
        AccessToken token = AccessTokenCodec.decode(AccessTokenCodec.encode(new AccessToken("9", Secret.of("t"))));

        assertThat(token.siteId()).isEqualTo("9");
        assertThat(token.loyaltyToken().reveal()).isEqualTo("t");
    }

    @Test
    void decodesTheArrayFormOfTheGorgiasDocument() {
        AccessToken token = AccessTokenCodec.decode(b64("[\"loyal-token\",\"123456\"]"));

        assertThat(token.siteId()).isEqualTo("123456");
        assertThat(token.loyaltyToken().reveal()).isEqualTo("loyal-token");
    }

    @Test
    void decodesUrlSafeBase64WithoutPadding() {
        String urlSafe = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"site_id\":\"1\",\"loyaltyToken\":\"a?b>c\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(AccessTokenCodec.decode(urlSafe).loyaltyToken().reveal()).isEqualTo("a?b>c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!not base64!!!", "bm90IGpzb24=", "e30=", "W10=",
            "eyJzaXRlX2lkIjoiMSJ9", "WyJvbmx5LW9uZSJd"})
    void malformedTokensGiveAClearError(String token) {
        assertThatThrownBy(() -> AccessTokenCodec.decode(token))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("access token");
    }

    @Test
    void errorsAndToStringNeverShowTheLoyaltyToken() {
        AccessToken token = new AccessToken("1", Secret.of("very-secret-token"));
        String missingSite = b64("{\"loyaltyToken\":\"very-secret-token\"}");

        assertThat(token.toString()).doesNotContain("very-secret-token");
        assertThatThrownBy(() -> AccessTokenCodec.decode(missingSite))
                .hasMessageNotContaining("very-secret-token").hasMessageContaining("site id");
    }

    @Test
    void overlongTokensAreRefused() {
        assertThatThrownBy(() -> AccessTokenCodec.decode("A".repeat(5000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer");
    }
}
