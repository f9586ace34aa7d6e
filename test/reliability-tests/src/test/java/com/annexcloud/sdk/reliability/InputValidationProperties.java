package com.annexcloud.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.annexcloud.sdk.bridge.AccessToken;
import com.annexcloud.sdk.bridge.AccessTokenCodec;
import com.annexcloud.sdk.bridge.internal.EmailAddress;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.PathSegments;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Validation at the edge on arbitrary input: ids become exactly one path segment that decodes back to
 * the id; emails and access tokens are accepted or refused with an {@link IllegalArgumentException},
 * never anything else.
 */
class InputValidationProperties {

    @Property(tries = 500)
    void everyIdRoundTripsThroughOnePathSegment(@ForAll("ids") String id) {
        String encoded;
        try {
            encoded = PathSegments.encode(id, "member id");
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageContaining("member id");
            return;
        }
        assertThat(encoded).doesNotContain("/", "?", "#", "+", " ").matches("[A-Za-z0-9._~@%-]+");
        assertThat(encoded.chars().noneMatch(Character::isWhitespace)).isTrue();
        assertThat(percentDecode(encoded)).isEqualTo(id);
    }

    @Property(tries = 500)
    void emailValidationOnlyRefusesWithIllegalArgument(@ForAll("emails") String email) {
        Throwable failure = catchThrowable(() -> EmailAddress.validate(email));

        if (failure == null) {
            String valid = EmailAddress.validate(email);
            assertThat(valid).isEqualTo(email.trim()).containsOnlyOnce("@").doesNotContain("/", "\\", " ");
            assertThat(EmailAddress.isValid(email)).isTrue();
        } else {
            assertThat(failure).isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(EmailAddress.isValid(email)).isFalse();
        }
    }

    @Property(tries = 500)
    void accessTokenDecodingOnlyRefusesWithIllegalArgument(@ForAll("tokens") String token) {
        Throwable failure = catchThrowable(() -> AccessTokenCodec.decode(token));

        if (failure != null) {
            assertThat(failure).isExactlyInstanceOf(IllegalArgumentException.class);
            if (token.strip().length() > 8) {
                assertThat(failure.getMessage()).doesNotContain(token.strip());
            }
        }
    }

    @Property(tries = 200)
    void accessTokensRoundTrip(@ForAll("siteIds") String siteId, @ForAll("siteIds") String loyaltyToken) {
        AccessToken decoded = AccessTokenCodec.decode(AccessTokenCodec.encode(new AccessToken(siteId, Secret.of(loyaltyToken))));

        assertThat(decoded.siteId()).isEqualTo(siteId);
        assertThat(decoded.loyaltyToken().reveal()).isEqualTo(loyaltyToken);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("./?#% +@&=\\:;~").ofMaxLength(8),
                Arbitraries.strings().ofMinLength(500).ofMaxLength(520),
                Arbitraries.of(".", "..", "...", " ", "a/b@x.com", "%2F", "ü@ß.de", "😀@x.io"));
    }

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> parts = Arbitraries.strings().withChars("abcXYZ019._%+-@/\\ \t\u00e9\u0000").ofMaxLength(12);
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                net.jqwik.api.Combinators.combine(parts, parts, parts).as((a, b, c) -> a + "@" + b + "." + c),
                Arbitraries.strings().alpha().ofMinLength(60).ofMaxLength(400).map(s -> s + "@example.com"));
    }

    @Provide
    Arbitrary<String> tokens() {
        Arbitrary<String> json = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("{}", "[]", "[\"t\",\"1\"]", "[1,2,3]", "{\"site_id\":\"\"}", "{\"site_id\":\"1\"}",
                        "{\"site_id\":\"1\",\"loyaltyToken\":\"x\"}", "[{},[]]", "null", "\"text\"", "{\"site_id\":[1]}"));
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("ABCxyz019+/=-_").ofMaxLength(40),
                json.map(text -> Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))),
                json.map(text -> Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8))),
                Arbitraries.strings().ofMinLength(4090).ofMaxLength(4200));
    }

    @Provide
    Arbitrary<String> siteIds() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
    }

    /** Decodes %XX escapes as UTF-8 and nothing else ('+' is a plus in a path). */
    private static String percentDecode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
