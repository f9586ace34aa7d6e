package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.internal.Json;
import org.junit.jupiter.api.Test;

class OpenValueTest {
    /** Two open value types holding the same strings. */
    static final class Colour extends OpenValue {
        Colour(String value) {
            super(value);
        }
    }

    static final class Flavour extends OpenValue {
        Flavour(String value) {
            super(value);
        }
    }

    @Test
    void equalWhenSameTypeAndValue() {
        assertThat(new Colour("RED")).isEqualTo(new Colour("RED")).hasSameHashCodeAs(new Colour("RED"));
        assertThat(new Colour("RED")).isNotEqualTo(new Colour("BLUE"));
        assertThat(new Colour("RED")).isNotEqualTo(new Flavour("RED")).isNotEqualTo(null).isNotEqualTo("RED");
    }

    @Test
    void printsAndSerialisesAsTheBareValue() throws Exception {
        assertThat(new Colour("RED")).hasToString("RED");
        assertThat(new Colour("RED").value()).isEqualTo("RED");
        assertThat(Json.mapper().writeValueAsString(new Colour("RED"))).isEqualTo("\"RED\"");
    }
}
