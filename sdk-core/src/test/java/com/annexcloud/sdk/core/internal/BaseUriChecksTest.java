package com.annexcloud.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One base-URI rule for both clients and the OAuth builder; no message ever shows user info (review of issue 16, D9). */
class BaseUriChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.gorgias.com/api", "http://127.0.0.1:8080/api/3.0", "HTTPS://x.example/"})
    void acceptsAnAbsoluteHttpRootWithAHost(String uri) {
        assertThat(Checks.requireBaseUri(URI.create(uri), "baseUri")).isEqualTo(URI.create(uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x.example/api", "/api", "https:///api", "https://x.example/api?a=1",
            "https://x.example/api#top", "https://user:url-password-4711@x.example/api"})
    void refusesAnythingElseNamingOnlySchemeAndHost(String uri) {
        assertThatThrownBy(() -> Checks.requireBaseUri(URI.create(uri), "baseUri"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUri must be")
                .hasMessageContaining("was scheme").hasMessageNotContaining("url-password-4711")
                .hasMessageNotContaining("a=1").hasMessageNotContaining("top").hasNoCause();
    }

    @Test
    void aRedirectUriMayCarryAQueryButNoUserInfo() {
        URI withQuery = URI.create("https://app.example/callback?tenant=7");
        assertThat(Checks.requireHttpUri(withQuery, "redirectUri")).isEqualTo(withQuery);
        assertThatThrownBy(() -> Checks.requireHttpUri(URI.create("https://u:url-password-4711@app.example/cb"), "redirectUri"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("url-password-4711");
        assertThatThrownBy(() -> Checks.requireHttpUri(URI.create("https://app.example/cb#x"), "redirectUri"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedUriIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> Checks.parseUri("https://user:url-password-4711@x.example/a b", "baseUri"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUri is not a valid URI")
                .hasMessageNotContaining("url-password-4711").hasNoCause();
        assertThat(Checks.parseUri(" https://x.example/api ", "baseUri")).isEqualTo(URI.create("https://x.example/api"));
    }
}
