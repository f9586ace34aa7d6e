package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.UnreadableResponseException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
}
