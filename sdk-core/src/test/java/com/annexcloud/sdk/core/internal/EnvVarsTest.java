package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings read from an environment map: trimmed, blank as missing, a missing required one named. */
class EnvVarsTest {
    private static final Map<String, String> ENV = Map.of("SET", "  value \n", "BLANK", "   ");

    @Test
    void valuesAreTrimmedAndBlankIsMissing() {
        assertThat(EnvVars.required(ENV, "SET")).isEqualTo("value");
        assertThat(EnvVars.optional(ENV, "SET")).contains("value");
        assertThat(EnvVars.optional(ENV, "BLANK")).isEmpty();
        assertThat(EnvVars.optional(ENV, "UNSET")).isEmpty();
    }

    @Test
    void aMissingRequiredVariableIsNamed() {
        assertThatThrownBy(() -> EnvVars.required(ENV, "BLANK")).isInstanceOf(IllegalStateException.class)
                .hasMessage("BLANK is not set");
        assertThatThrownBy(() -> EnvVars.required(ENV, "UNSET")).hasMessage("UNSET is not set");
    }
}
