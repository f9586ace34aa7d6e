package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.UnreadableResponseException;
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

/** Error statuses become the right {@link GorgiasException} subtype, with Gorgias's message and never a secret. */
class ErrorsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/api/customers/5";

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

    private void answer(int status, String contentType, String body) {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType)
                .withBody(body)));
    }

    private GorgiasException failure() {
        return catchThrowableOfType(GorgiasException.class, () -> client.customers().get(5));
    }

    @ParameterizedTest
    @CsvSource({
        "400, com.annexcloud.sdk.gorgias.GorgiasInvalidRequestException",
        "401, com.annexcloud.sdk.gorgias.GorgiasUnauthorizedException",
        "403, com.annexcloud.sdk.gorgias.GorgiasUnauthorizedException",
        "404, com.annexcloud.sdk.gorgias.GorgiasNotFoundException",
        "409, com.annexcloud.sdk.gorgias.GorgiasConflictException",
        "429, com.annexcloud.sdk.gorgias.GorgiasRateLimitedException",
        "503, com.annexcloud.sdk.gorgias.GorgiasException"
    })
    void statusesMapToSubtypes(int status, String type) {
        answer(status, "application/json", "{\"error\":{\"msg\":\"Problem " + status + ".\"}}");

        GorgiasException e = failure();

        assertThat(e.getClass().getName()).isEqualTo(type);
        assertThat(e.statusCode()).hasValue(status);
        assertThat(e.vendorMessage()).contains("Problem " + status + ".");
        assertThat(e.method()).contains("GET");
        assertThat(e.path()).contains("/customers/5");
        assertThat(e.getMessage()).contains("Problem " + status + ".").contains("GET /customers/5").contains("HTTP " + status);
    }

    @Test
    void validationErrorsCarryFieldErrors() {
        answer(400, "application/json", "{\"error\":{\"msg\":\"Invalid request.\",\"data\":{"
                + "\"email\":[\"Not a valid email address.\"],\"channels\":{\"0\":[\"Missing type.\"]},\"name\":\"Too long.\"}}}");

        GorgiasException e = failure();

        assertThat(e).isInstanceOf(GorgiasInvalidRequestException.class);
        assertThat(e.fieldErrors()).containsEntry("email", List.of("Not a valid email address."))
                .containsEntry("channels", List.of("{\"0\":[\"Missing type.\"]}"))
                .containsEntry("name", List.of("Too long."));
        assertThat(e.getMessage()).contains("Invalid request.").contains("[fields: email, channels, name]");
    }

    @Test
    void anHtmlPageOfAnUnknownAccountGivesAClearMessage() {
        answer(404, "text/html; charset=utf-8", "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>");

        GorgiasException e = failure();

        // not a GorgiasNotFoundException since 0.1.0: like Annex Cloud's, a wrong host is no missing customer
        assertThat(e).isNotInstanceOf(GorgiasNotFoundException.class);
        assertThat(e.getMessage()).contains("non-JSON body").contains("text/html").contains("account name")
                .doesNotContain("<html>");
        assertThat(e.vendorMessage()).isEmpty();
        // an unknown account host answers 404 with an HTML page (Gorgias REST API reference, errors): no API at all
        assertThat(e).isInstanceOf(GorgiasEndpointNotFoundException.class);
    }

    @Test
    void aMissingResourceIsGorgiasOwnJson404() {
        // Gorgias REST API reference: 404 {"error":{"msg":"Resource not found."}} for an id that does not exist
        answer(404, "application/json", "{\"error\":{\"msg\":\"Resource not found.\"}}");

        GorgiasException e = failure();

        assertThat(e).isExactlyInstanceOf(GorgiasNotFoundException.class);
        assertThat(e.vendorMessage()).contains("Resource not found.");
    }

    @Test
    void anEmptyErrorBodyStillMapsTheStatus() {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(409)));

        GorgiasException e = failure();

        assertThat(e).isInstanceOf(GorgiasConflictException.class);
        assertThat(e.getMessage()).startsWith("Gorgias: request failed");
    }

    @Test
    void messagesNeverHoldTheCredentials() {
        answer(401, "application/json", "{\"error\":{\"msg\":\"Unauthorized.\"}}");

        GorgiasException e = failure();

        assertThat(e).isInstanceOf(GorgiasUnauthorizedException.class);
        assertThat(e.toString()).doesNotContain(GorgiasFixture.API_KEY)
                .doesNotContain(GorgiasFixture.BASIC.substring(6)).doesNotContain("Authorization");
        assertThat(client.toString()).doesNotContain(GorgiasFixture.API_KEY);
    }

    @Test
    void anHtmlSuccessBodyIsUnreadableNotAParseCrash() {
        answer(200, "text/html", "<html>maintenance</html>");

        UnreadableResponseException e = catchThrowableOfType(UnreadableResponseException.class,
                () -> client.customers().get(5));

        assertThat(e.getMessage()).contains("not JSON").doesNotContain("maintenance");
    }

    /*
     * The category questions of SdkException, on Gorgias's published error shape {"error":{"msg":…,"data":{…}}}
     * with the messages of the REST API reference (errors: 400 validation, 401 "Unauthorized.", 404 "Resource not
     * found.", 409 "The resource already exists.", 429 with Retry-after in seconds, 503).
     */
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
        answer(status, "application/json", "{\"error\":{\"msg\":\"" + message + "\"}}");

        SdkException e = failure();

        assertThat(TrueFlags.of(e)).containsExactlyElementsOf(List.of(category));
        assertThat(e.statusCode()).hasValue(status);
        assertThat(e.vendorCode()).as("Gorgias sends no error code").isEmpty();
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void a429IsRateLimitedAndRetryableWithTheWaitAskedFor() {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-after", "12")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"Too many requests.\"}}")));

        SdkException e = failure();

        assertThat(TrueFlags.of(e)).containsExactly("isRateLimited", "isRetryable");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
    }

    @Test
    void anHtml404OfAnUnknownAccountIsAWrongEndpointNotAMissingCustomer() {
        // An unknown account host answers 404 with an HTML page, not Gorgias's JSON error (REST API reference).
        answer(404, "text/html; charset=utf-8", "<html><h1>Page not found</h1></html>");

        SdkException e = failure();

        assertThat(e).isInstanceOf(GorgiasEndpointNotFoundException.class).isNotInstanceOf(GorgiasNotFoundException.class);
        assertThat(TrueFlags.of(e)).containsExactly("isEndpointNotFound");
    }

    @Test
    void aMergedCustomerIsNoCategory() {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(301)
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
