package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PathSegmentsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "user@domain.com       | user@domain.com",
        "a/b                   | a%2Fb",
        "what?x=1              | what%3Fx%3D1",
        "tag#1                 | tag%231",
        "'John Doe'            | John%20Doe",
        "100%                  | 100%25",
        "Zoë                   | Zo%C3%AB",
        "日本                  | %E6%97%A5%E6%9C%AC",
        "a+b                   | a%2Bb",
        "A-Z_a.z~09            | A-Z_a.z~09",
        "...                   | ...",
        "../etc                | ..%2Fetc"
    })
    void encodesEverythingButUnreservedCharacters(String id, String expected) {
        assertThat(PathSegments.encode(id, "member id")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b?c#d e%f", "../..", "Zoë/Ünïcödé", "x y/z"})
    void resultIsExactlyOnePathSegmentThatDecodesBack(String id) {
        String encoded = PathSegments.encode(id, "id");
        URI uri = URI.create("https://api.example.test/users/" + encoded + "/points");

        assertThat(uri.getRawPath().split("/")).hasSize(4);
        assertThat(uri.getPath()).isEqualTo("/users/" + id + "/points");
        assertThat(uri.getRawQuery()).isNull();
        assertThat(uri.getRawFragment()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void refusesBlankIds(String id) {
        assertThatThrownBy(() -> PathSegments.encode(id, "member id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member id must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "tab\tinside", "nul\u0000", "del\u007f", "c1\u0085"})
    void refusesControlCharacters(String id) {
        assertThatThrownBy(() -> PathSegments.encode(id, "customer id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer id must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uD800b", "low\uDC00first", "trailing\uD83D", "\uDE00\uD83D"})
    void refusesUnpairedSurrogatesThatWouldBeSentAsAnotherId(String id) {
        assertThatThrownBy(() -> PathSegments.encode(id, "member id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member id must not contain unpaired surrogate characters");
        assertThat(PathSegments.encode("smile\uD83D\uDE00", "member id")).isEqualTo("smile%F0%9F%98%80");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void refusesDotSegments(String id) {
        assertThatThrownBy(() -> PathSegments.encode(id, "user id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("user id must not be '.' or '..'");
    }

    @Test
    void refusesOverlongIds() {
        assertThat(PathSegments.encode("x".repeat(512), "id")).hasSize(512);
        assertThatThrownBy(() -> PathSegments.encode("x".repeat(513), "id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be at most 512 characters, was 513");
    }
}
