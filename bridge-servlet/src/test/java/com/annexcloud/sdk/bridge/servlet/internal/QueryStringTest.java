package com.annexcloud.sdk.bridge.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryStringTest {
    @Test
    void keepsRepeatsDecodesEscapesAndRefusesBadOnes() {
        assertThat(QueryString.decode("a=1&a=2&b=x%20y+z&flag&&c=%40").orElseThrow())
                .containsEntry("a", List.of("1", "2")).containsEntry("b", List.of("x y z"))
                .containsEntry("flag", List.of("")).containsEntry("c", List.of("@")).hasSize(4);
        assertThat(QueryString.decode("email=%zz")).isEmpty();
        assertThat(QueryString.decode(null).orElseThrow()).isEmpty();
    }
}
