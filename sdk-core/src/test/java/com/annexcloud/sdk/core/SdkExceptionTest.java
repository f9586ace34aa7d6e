package com.annexcloud.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.testsupport.TrueFlags;
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
        assertThat(e.statusCode()).hasValue(404);
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
        assertThat(bare.statusCode()).isEmpty();
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
        assertThat(e.statusCode()).isEmpty();
        assertThat(new TransportException("x", REQUEST, false, null).isTimeout()).isFalse();
    }

    @Test
    void unreadableResponseKeepsTheStatus() {
        UnreadableResponseException e = new UnreadableResponseException("not JSON", REQUEST, 502, null);

        assertThat(e).isInstanceOf(SdkException.class).hasMessage("not JSON (POST /points/user%40x.com, HTTP 502)");
        assertThat(e.statusCode()).hasValue(502);
    }

    @Test
    void transportFailuresAreRetryableAndNoOtherCategory() {
        TransportException timeout = new TransportException("attempt 1 timed out", REQUEST, true, null);
        TransportException refused = new TransportException("request failed", REQUEST, false, new IOException("refused"));
        TransportException interrupted = new TransportException("interrupted", REQUEST, false, new InterruptedException());

        assertThat(TrueFlags.of(timeout)).containsExactly("isRetryable", "isTimeout");
        assertThat(TrueFlags.of(refused)).containsExactly("isRetryable");
        assertThat(TrueFlags.of(interrupted)).as("the caller asked to stop").isEmpty();
        assertThat(timeout.retryAfter()).isEmpty();
        assertThat(timeout.statusCode()).isEmpty();
    }

    @Test
    void aLostWriteIsNeverRetryable() {
        OutcomeUnknownException lost = new OutcomeUnknownException("the answer was lost", REQUEST, true, null);

        assertThat(TrueFlags.of(lost)).containsExactly("isTimeout");
    }

    @Test
    void onlyTransientStatusesAreRetryableOnTheRoot() {
        for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
            assertThat(new SdkException("x", REQUEST, status, null, null, null).isRetryable()).as("HTTP %d", status).isTrue();
        }
        for (int status : new int[] {0, 200, 400, 401, 403, 404, 409, 501}) {
            assertThat(TrueFlags.of(new SdkException("x", REQUEST, status, null, null, null))).as("HTTP %d", status).isEmpty();
        }
        assertThat(TrueFlags.of(new UnreadableResponseException("HTML", REQUEST, 502, null))).containsExactly("isRetryable");
        assertThat(TrueFlags.of(new UnreadableResponseException("too large", REQUEST, 0, null))).isEmpty();
        assertThat(RetryPolicy.defaults().retryableStatuses()).isEqualTo(SdkException.TRANSIENT_STATUSES);
    }

    @Test
    void requestDescriptionNeedsBothParts() {
        assertThat(REQUEST).hasToString("POST /points/user%40x.com");
        assertThatThrownBy(() -> new RequestDescription(null, "/x")).hasMessage("method");
        assertThatThrownBy(() -> new RequestDescription("GET", null)).hasMessage("path");
    }
}
