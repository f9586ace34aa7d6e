package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the demo prints for using the other commands against its sandbox (the process test runs them). */
@ExtendWith(SandboxExtension.class)
class DemoCommandTest {
    private final Sandbox sandbox;

    DemoCommandTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    void theExportsAreEverySettingTheCommandsReadForThisSandbox() {
        assertThat(DemoCommand.exports(sandbox, "demo-token")).containsExactly(
                entry("ANNEXCLOUD_BASE_URL", sandbox.annexCloud().baseUri().toString()),
                entry("ANNEXCLOUD_SITE_ID", sandbox.annexCloud().siteId()),
                entry("ANNEXCLOUD_SECRET", sandbox.annexCloud().secret().reveal()),
                entry("GORGIAS_BASE_URL", sandbox.gorgias().baseUri().toString()),
                entry("GORGIAS_EMAIL", sandbox.gorgias().email()),
                entry("GORGIAS_API_KEY", sandbox.gorgias().apiKey().reveal()),
                entry("BRIDGE_TOKEN", "demo-token"));
    }

    @Test
    void valuesAreSingleQuotedSoAShellReadsThemBackUnchanged() {
        assertThat(DemoCommand.shellQuoted("a b$c")).isEqualTo("'a b$c'");
        assertThat(DemoCommand.shellQuoted("it's")).isEqualTo("'it'\\''s'");
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
