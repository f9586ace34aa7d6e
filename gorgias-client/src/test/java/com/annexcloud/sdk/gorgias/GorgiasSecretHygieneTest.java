package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.annexcloud.sdk.core.UnreadableResponseException;
import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.annexcloud.sdk.gorgias.model.Widget;
import com.annexcloud.sdk.testsupport.CapturedLogs;
import com.annexcloud.sdk.testsupport.LogLine;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An integration's header values (credentials) never show in a toString, an exception message or a log line. */
class GorgiasSecretHygieneTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SECRET = GorgiasFixture.HEADER_SECRET;

    private GorgiasClient client;
    private long logMark;

    @BeforeEach
    void setUp() {
        client = new GorgiasFixture(wm).client();
        logMark = CapturedLogs.mark();
    }

    @AfterEach
    void noLogLineShowsTheSecret() {
        client.close();
        assertThat(CapturedLogs.since(logMark)).extracting(LogLine::text).noneMatch(text -> text.contains(SECRET));
    }

    @Test
    void toStringRedactsTheHeadersOfEveryModel() {
        wm.stubFor(get("/api/integrations/123").willReturn(okJson(GorgiasFixture.sampleIntegration())));
        Integration read = client.integrations().get(123);
        HttpSettings settings = IntegrationsContractTest.CREATE.http();

        assertThat(settings.headers()).containsValue("Bearer " + SECRET);
        assertThat(settings.toString()).doesNotContain(SECRET).contains("headers=****").contains(settings.url());
        assertThat(IntegrationsContractTest.CREATE.toString()).doesNotContain(SECRET).contains("Annex Cloud loyalty");
        assertThat(read.toString()).doesNotContain(SECRET).contains("headers=****");
        assertThat(read.http().orElseThrow().toString()).doesNotContain(SECRET);
    }

    @Test
    void anErrorEchoingTheHeaderKeepsItOutOfTheMessage() {
        wm.stubFor(post("/api/integrations").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"Validation error.\",\"data\":{\"http\":{\"headers\":"
                        + "[\"Bearer " + SECRET + " is not allowed\"]}}}}")));

        Throwable sync = catchThrowable(() -> client.integrations().create(IntegrationsContractTest.CREATE));
        Throwable async = catchThrowable(() -> client.async().integrations().create(IntegrationsContractTest.CREATE).join());

        assertThat(sync).isInstanceOf(GorgiasInvalidRequestException.class);
        assertThat(sync.getMessage()).doesNotContain(SECRET).contains("Validation error.");
        assertThat(sync.toString()).doesNotContain(SECRET);
        assertThat(async).isInstanceOf(CompletionException.class);
        assertThat(async.getCause().getMessage()).doesNotContain(SECRET);
    }

    @Test
    void anUnauthorizedAnswerEchoingTheBasicCredentialKeepsItOutOfTheException() {
        wm.stubFor(get("/api/integrations/5").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"Unauthorized Basic Ym90QHguaW86YXBpLWtleS0xMjM0NTY=\","
                        + "\"data\":{\"auth\":[\"Basic Ym90QHguaW86YXBpLWtleS0xMjM0NTY= rejected\"]}}}")));

        GorgiasException error = (GorgiasException) catchThrowable(() -> client.integrations().get(5));

        assertThat(error.getMessage()).doesNotContain("Ym90QHguaW86").contains("Unauthorized");
        assertThat(error.vendorMessage()).hasValueSatisfying(text -> assertThat(text).doesNotContain("Ym90QHguaW86"));
        assertThat(error.fieldErrors().get("auth")).allSatisfy(text -> assertThat(text).doesNotContain("Ym90QHguaW86"));
    }

    @Test
    void anErrorEchoingTheRawApiKeyKeepsItOutOfTheException() {
        wm.stubFor(get("/api/integrations/6").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"msg\":\"invalid key " + GorgiasFixture.API_KEY + "\"}}")));

        GorgiasException error = (GorgiasException) catchThrowable(() -> client.integrations().get(6));

        assertThat(error.getMessage()).doesNotContain(GorgiasFixture.API_KEY).contains("invalid key [redacted]");
    }

    @Test
    void anUnreadableIntegrationKeepsTheHeaderOutOfTheMessage() {
        wm.stubFor(get("/api/integrations/123").willReturn(okJson("{\"id\":\"" + SECRET + "\",\"name\":\"n\","
                + "\"type\":\"http\",\"http\":{\"url\":\"u\",\"headers\":{\"Authorization\":\"Bearer " + SECRET + "\"}}}")));

        Throwable thrown = catchThrowable(() -> client.integrations().get(123));

        assertThat(thrown).isInstanceOf(UnreadableResponseException.class);
        assertThat(thrown.getMessage()).doesNotContain(SECRET).contains("Integration");
    }

    @Test
    void widgetTemplatesAreRedactedBecauseButtonsMayCarryTokens() {
        var template = com.annexcloud.sdk.core.internal.Json.mapper().createObjectNode();
        template.putObject("button").put("Authorization", "Bearer widget-button-token");
        CreateWidget create = CreateWidget.builder().integrationId(7).template(template).build();
        Widget widget = Widget.builder().id(1).context("ticket").template(template).build();

        assertThat(create.toString()).doesNotContain("widget-button-token");
        assertThat(widget.toString()).doesNotContain("widget-button-token");
        assertThat(create.template().toString()).contains("widget-button-token");
    }
}
