package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.Secret;
import org.junit.jupiter.api.Test;

class VendorTextTest {
    @Test
    void redactsEchoedCredentialsAndKnownSecrets() {
        String echoed = "Unauthorized Basic Ym90QHguaW86c2VjcmV0LWtleQ== and Bearer abc.def-123 with key s3cr3t-value "
                + "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXZhbHVl";

        String clean = VendorText.clean(echoed, Secret.of("s3cr3t-value"));

        assertThat(clean).doesNotContain("Ym90QHguaW86", "abc.def-123", "s3cr3t-value", "eyJhbGciOiJIUzI1NiJ9")
                .startsWith("Unauthorized [redacted] and [redacted] with key [redacted] token [redacted]");
    }

    @Test
    void redactsCredentialsWithUnusualCharactersWhole() {
        assertThat(VendorText.clean("rejected Bearer abc$Xyz!secret, try again"))
                .isEqualTo("rejected [redacted], try again");
    }

    @Test
    void flattensControlCharactersAndBoundsTheLength() {
        assertThat(VendorText.clean("line one\r\nline two\u0000")).isEqualTo("line one  line two");
        assertThat(VendorText.clean("x".repeat(1000))).hasSize(301).endsWith("…");
    }

    @Test
    void blankIsAbsent() {
        assertThat(VendorText.clean(null)).isNull();
        assertThat(VendorText.clean("  ")).isNull();
    }
}
