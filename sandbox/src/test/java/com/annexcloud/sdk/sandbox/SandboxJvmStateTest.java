package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sandbox is no hidden global: starting and closing one changes nothing JVM-wide. */
class SandboxJvmStateTest {
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    @Test
    void startingAndClosingASandboxLeavesTheSystemPropertiesAsTheyWere() {
        // The build sets this flag for every test JVM; unset it so a sandbox that set it would be caught.
        String flag = System.clearProperty(NODELAY);
        try {
            Map<Object, Object> before = new HashMap<>(System.getProperties());
            try (Sandbox sandbox = Sandbox.builder().data(SandboxData.sample()).start()) {
                assertThat(sandbox.gorgias().baseUri()).isNotNull();
                assertThat(new HashMap<>(System.getProperties())).isEqualTo(before);
            }
            assertThat(new HashMap<>(System.getProperties())).isEqualTo(before);
            assertThat(System.getProperty(NODELAY)).isNull();
        } finally {
            if (flag != null) {
                System.setProperty(NODELAY, flag);
            }
        }
    }
}
