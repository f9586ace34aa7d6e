package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SdkExceptionTest {
    private static final RequestDescription REQUEST = new RequestDescription("POST", "/points/user%40x.com");

    @Test
    void messageCarriesRequestStatusAndVendorCode() {
        SdkException e = new SdkException("member not found", REQUEST, 404, "AC1005", "No data found", null);

        assertThat(e).hasMessage("member not found (POST /points/user%40x.com, HTTP 404, AC1005)");
        assertThat(e.method()).contains("POST");
        assertThat(e.path()).contains("/points/user%40x.com");
        assertThat(e.status()).hasValue(404);
        assertThat(e.vendorCode()).contains("AC1005");
        assertThat(e.vendorMessage()).contains("No data found");
        assertThat(e.getMessage()).as("the vendor message is a field, not part of the message")
                .doesNotContain("No data found");
    }

    @Test
    void partsThatAreMissingAreLeftOut() {
        assertThat(new SdkException("bare", null, 0, null, null, null)).hasMessage("bare");
        assertThat(new SdkException("status only", null, 500, null, null, null)).hasMessage("status only (HTTP 500)");
        assertThat(new SdkException("code only", null, 0, "AC1008", null, null)).hasMessage("code only (AC1008)");
        SdkException bare = new SdkException("bare", null, 0, null, null, null);
        assertThat(bare.method()).isEmpty();
        assertThat(bare.path()).isEmpty();
        assertThat(bare.status()).isEmpty();
        assertThat(bare.vendorCode()).isEmpty();
        assertThat(bare.vendorMessage()).isEmpty();
    }

    @Test
    void transportExceptionHasNoStatusAndTellsTimeouts() {
        IOException cause = new IOException("reset");
        TransportException e = new TransportException("request failed", REQUEST, true, cause);

        assertThat(e).isInstanceOf(SdkException.class).hasMessage("request failed (POST /points/user%40x.com)")
                .hasCause(cause);
        assertThat(e.isTimeout()).isTrue();
        assertThat(e.status()).isEmpty();
        assertThat(new TransportException("x", REQUEST, false, null).isTimeout()).isFalse();
    }

    @Test
    void unreadableResponseKeepsTheStatus() {
        UnreadableResponseException e = new UnreadableResponseException("not JSON", REQUEST, 502, null);

        assertThat(e).isInstanceOf(SdkException.class).hasMessage("not JSON (POST /points/user%40x.com, HTTP 502)");
        assertThat(e.status()).hasValue(502);
    }

    @Test
    void requestDescriptionNeedsBothParts() {
        assertThat(REQUEST).hasToString("POST /points/user%40x.com");
        assertThatThrownBy(() -> new RequestDescription(null, "/x")).hasMessage("method");
        assertThatThrownBy(() -> new RequestDescription("GET", null)).hasMessage("path");
    }
}
