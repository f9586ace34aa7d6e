package com.annexcloud.sdk.loyalty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.testsupport.TrueFlags;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Annex Cloud error answers the sdk-core category questions by the vendor's code first. The bodies are
 * the vendor's published error shape {@code {"errorCode":"AC10xx","errorMessage":"…"}}, sent with the
 * statuses the Annex Cloud API portal lists (error codes table; AC1005 also arrives with 400, and errors
 * even with 200).
 */
class ErrorCategoriesTest extends WireMockTestBase {
    private static final String PATH = "/api/3.0/users/u1";

    @Override
    RetryPolicy retryPolicy() {
        return RetryPolicy.none();
    }

    private SdkException failure() {
        return catchThrowableOfType(SdkException.class, () -> client.users().get("u1"));
    }

    @ParameterizedTest(name = "{0} with HTTP {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "AC1005 | 404 | isNotFound",
        "AC1005 | 400 | isNotFound",
        "AC1005 | 200 | isNotFound",
        "AC1002 | 401 | isUnauthorized",
        "AC1006 | 409 | isConflict",
        "AC1010 | 409 | isConflict",
        "AC1004 | 400 | isInvalidRequest",
        "AC1007 | 400 | isInvalidRequest",
        "AC1001 | 404 | ''",
        "AC1008 | 403 | ''",
        "AC1009 | 200 | ''"
    })
    void eachCodeAnswersExactlyItsCategory(String code, int status, String category) {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"" + code + "\",\"errorMessage\":\"message of " + code + "\"}")));

        SdkException e = failure();

        assertThat(TrueFlags.of(e)).containsExactlyElementsOf(category.isEmpty() ? List.of() : List.of(category));
        assertThat(e.statusCode()).hasValue(status);
        assertThat(e.vendorCode()).contains(code);
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void aDuplicateTransactionIsAConflict() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1010\",\"errorMessage\":\"Duplicate order ID\"}")));

        assertThat(failure()).isInstanceOf(AnnexCloudDuplicateTransactionException.class)
                .isInstanceOf(AnnexCloudConflictException.class);
    }

    @Test
    void a429IsRateLimitedAndRetryableWithTheWaitAskedFor() {
        // No published rate limit (Annex Cloud API portal); a 429 may carry Retry-After in seconds (RFC 9110).
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        SdkException e = failure();

        assertThat(TrueFlags.of(e)).containsExactly("isRateLimited", "isRetryable");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(e.vendorCode()).isEmpty();
    }

    @Test
    void aServerErrorIsRetryableAndNothingElse() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        assertThat(TrueFlags.of(failure())).containsExactly("isRetryable");
    }

    @Test
    void aBare403IsUnauthorizedLikeGorgiasOne() {
        // No errorCode: not the API's own answer but a gateway or WAF refusing the call; a coded AC1008 403 stays
        // uncategorised (above).
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "text/html").withBody("<html>Forbidden</html>")));

        assertThat(TrueFlags.of(failure())).containsExactly("isUnauthorized");
    }

    @Test
    void anHtml404IsAWrongEndpointNotAMissingMember() {
        // A wrong base URL: the web server's own 404 page, no errorCode (the API answers AC1005 in JSON).
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html>Not Found</html>")));

        SdkException e = failure();

        assertThat(TrueFlags.of(e)).containsExactly("isEndpointNotFound");
        assertThat(e.statusCode()).hasValue(404);
    }
}
