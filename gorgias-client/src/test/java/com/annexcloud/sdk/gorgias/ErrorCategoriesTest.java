package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.testsupport.TrueFlags;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Gorgias error answers the sdk-core category questions by its status. The bodies are Gorgias's
 * published error shape {@code {"error":{"msg":…,"data":{…}}}} with the messages of the REST API reference
 * (errors: 400 validation, 401 {@code Unauthorized.}, 404 {@code Resource not found.}, 409 {@code The
 * resource already exists.}, 429 with {@code Retry-after} in seconds, 503).
 */
class ErrorCategoriesTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private GorgiasClient client;

    @BeforeEach
    void setUp() {
        client = new GorgiasFixture(wm).builder().basicAuth(GorgiasFixture.EMAIL, Secret.of(GorgiasFixture.API_KEY))
                .retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private SdkException failure() {
        return catchThrowableOfType(SdkException.class, () -> client.customers().get(5));
    }

    @ParameterizedTest(name = "HTTP {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "400 | Invalid request.               | isInvalidRequest",
        "401 | Unauthorized.                  | isUnauthorized",
        "403 | Forbidden.                     | isUnauthorized",
        "404 | Resource not found.            | isNotFound",
        "409 | The resource already exists.   | isConflict",
        "503 | An external service had an error. | isRetryable"
    })
    void eachStatusAnswersExactlyItsCategory(int status, String message, String category) {
        wm.stubFor(get("/api/customers/5").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"msg\":\"" + message + "\"}}")));

        SdkException e = failure();

        assertThat(TrueFlags.of(e)).containsExactlyElementsOf(List.of(category));
        assertThat(e.statusCode()).hasValue(status);
        assertThat(e.vendorCode()).as("Gorgias sends no error code").isEmpty();
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void a429IsRateLimitedAndRetryableWithTheWaitAskedFor() {
        wm.stubFor(get("/api/customers/5").willReturn(aResponse().withStatus(429).withHeader("Retry-after", "12")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"Too many requests.\"}}")));

        SdkException e = failure();

        assertThat(TrueFlags.of(e)).containsExactly("isRateLimited", "isRetryable");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
    }

    @Test
    void anHtml404OfAnUnknownAccountIsAWrongEndpointNotAMissingCustomer() {
        // An unknown account host answers 404 with an HTML page, not Gorgias's JSON error (REST API reference).
        wm.stubFor(get("/api/customers/5").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("<html><h1>Page not found</h1></html>")));

        SdkException e = failure();

        assertThat(e).isInstanceOf(GorgiasEndpointNotFoundException.class).isNotInstanceOf(GorgiasNotFoundException.class);
        assertThat(TrueFlags.of(e)).containsExactly("isEndpointNotFound");
    }

    @Test
    void aMergedCustomerIsNoCategory() {
        wm.stubFor(get("/api/customers/5").willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://acme.gorgias.com/api/customers/9")));

        SdkException e = failure();

        assertThat(e).isInstanceOf(GorgiasCustomerMergedException.class);
        assertThat(TrueFlags.of(e)).isEmpty();
    }

    @Test
    void oauthErrorsAnswerByTheirRfc6749Code() {
        // RFC 6749 section 5.2: the token endpoint's error codes.
        assertThat(TrueFlags.of(new GorgiasOAuthException("refused", null, 400, "invalid_grant")))
                .containsExactly("isUnauthorized");
        assertThat(TrueFlags.of(new GorgiasOAuthException("refused", null, 400, "invalid_scope")))
                .containsExactly("isInvalidRequest");
        assertThat(TrueFlags.of(new GorgiasOAuthException("down", null, 503, null))).containsExactly("isRetryable");
        assertThat(TrueFlags.of(new InvalidOAuthStateException("the state was already used")))
                .containsExactly("isInvalidRequest");
    }
}
