package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxExtension;
import java.util.List;
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

    @Test
    void theSampleEmailsAreTheMembersFirstThenTheOtherCustomersEachOnce() {
        List<String> emails = DemoCommand.sampleEmails(SandboxData.sample());

        assertThat(emails.get(0)).isEqualTo(DemoCommand.SAMPLE_MEMBER);
        assertThat(emails).contains(DemoCommand.SAMPLE_NON_MEMBER).doesNotHaveDuplicates()
                .hasSize(sandbox.annexCloud().memberCount() + 5); // the sample's five customers who are not members
        assertThat(emails.indexOf(DemoCommand.SAMPLE_NON_MEMBER)).isEqualTo(sandbox.annexCloud().memberCount());
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
