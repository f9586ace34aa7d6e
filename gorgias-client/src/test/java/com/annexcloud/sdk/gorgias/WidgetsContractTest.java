package com.annexcloud.sdk.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.UnreadableResponseException;
import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.Widget;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.OffsetDateTime;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request shape of every widget call (method, path, auth, exact body), paging, errors, and no blind create retry. */
class WidgetsContractTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/api/widgets/456";
    private static final String TEMPLATE = "{\"type\":\"wrapper\",\"widgets\":[{\"path\":\"\",\"type\":\"card\","
            + "\"title\":\"Loyalty\",\"widgets\":[{\"path\":\"points.available\",\"type\":\"text\",\"title\":\"Points\"}]}]}";
    private static final CreateWidget CREATE = CreateWidget.builder().integrationId(123).template(GorgiasFixture.json(TEMPLATE)).build();
    private static final String CREATE_JSON = "{\"integration_id\":123,\"context\":\"ticket\",\"type\":\"http\","
            + "\"order\":0,\"template\":" + TEMPLATE + "}";

    private GorgiasClient client;
    private Widgets widgets;
    private WidgetsAsync widgetsAsync;

    @BeforeEach
    void setUp() {
        client = new GorgiasFixture(wm).client();
        widgets = client.widgets();
        widgetsAsync = client.async().widgets();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void createPostsTheExactBodyWithDefaults() {
        wm.stubFor(post("/api/widgets").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(GorgiasFixture.sampleWidget())));

        Widget widget = widgets.create(CREATE);

        assertThat(widget.id()).isEqualTo(456L);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/widgets"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(CREATE_JSON)));
    }

    @Test
    void createAsyncSendsEverySetField() {
        wm.stubFor(post("/api/widgets").willReturn(okJson(GorgiasFixture.sampleWidget())));

        widgetsAsync.create(CreateWidget.builder().integrationId(7).context("customer").type("custom").order(3)
                .template(GorgiasFixture.json("{\"type\":\"wrapper\"}")).build()).join();

        wm.verify(1, postRequestedFor(urlEqualTo("/api/widgets")).withRequestBody(equalToJson(
                "{\"integration_id\":7,\"context\":\"customer\",\"type\":\"custom\",\"order\":3,"
                        + "\"template\":{\"type\":\"wrapper\"}}")));
    }

    @Test
    void aWidgetReadsTheRealShape() {
        wm.stubFor(post("/api/widgets").willReturn(okJson(GorgiasFixture.sampleWidget())));

        Widget widget = widgets.create(CREATE);

        assertThat(widget.context()).isEqualTo("ticket");
        assertThat(widget.integrationId()).contains(123L);
        assertThat(widget.order()).contains(3);
        assertThat(widget.type()).contains("http");
        assertThat(widget.template().orElseThrow().path("widgets").get(0).path("title").asText()).isEqualTo("Loyalty");
        assertThat(widget.deactivatedDatetime()).contains(OffsetDateTime.parse("2024-03-02T08:30:00Z"));
        assertThat(widget.additionalProperties()).containsKeys("uri", "created_datetime");
    }

    @Test
    void aCreateIsSentOnceEvenOnA503() {
        wm.stubFor(post("/api/widgets").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> widgets.create(CREATE)).isInstanceOf(GorgiasException.class)
                .extracting(e -> ((GorgiasException) e).statusCode()).isEqualTo(OptionalInt.of(503));
        wm.verify(1, postRequestedFor(urlEqualTo("/api/widgets")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/api/widgets")));
    }

    @Test
    void updatePutsTheWholeRequestAndIsRetried() {
        wm.stubFor(put(PATH).willReturn(okJson(GorgiasFixture.sampleWidget())));

        assertThat(widgets.update(456, CREATE).id()).isEqualTo(456L);
        widgetsAsync.update(456, CREATE).join();

        wm.verify(2, putRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(equalToJson(CREATE_JSON)));
    }

    @Test
    void deleteSendsDelete() {
        wm.stubFor(delete(PATH).willReturn(aResponse().withStatus(204)));

        widgets.delete(456);
        widgetsAsync.delete(456).join();

        wm.verify(2, deleteRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(absent()));
    }

    @Test
    void deleteOfAnUnknownWidgetIsNotFound() {
        wm.stubFor(delete(PATH).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"msg\":\"Resource not found.\"}}")));

        assertThatThrownBy(() -> widgets.delete(456)).isInstanceOf(GorgiasNotFoundException.class);
    }

    @Test
    void listFollowsCursorsAndStopsOnARepeatedOne() {
        wm.stubFor(get(urlEqualTo("/api/widgets")).willReturn(okJson(GorgiasFixture.page(
                "{\"id\":1,\"context\":\"ticket\"}", "same"))));
        wm.stubFor(get(urlEqualTo("/api/widgets?cursor=same")).willReturn(okJson(GorgiasFixture.page(
                "{\"id\":2,\"context\":\"customer\"}", "same"))));

        assertThat(widgets.list()).extracting(Widget::id).containsExactly(1L, 2L);
        wm.verify(1, getRequestedFor(urlEqualTo("/api/widgets?cursor=same")));
    }

    @Test
    void listReadsTheBareArrayTheReferenceDocuments() {
        // developers.gorgias.com "List widgets": the 200 example is a JSON array of widgets (OpenAPI-derived
        // transcription by withone.ai); vendor/gorgias/widgets-list.json.
        wm.stubFor(get(urlEqualTo("/api/widgets")).willReturn(okJson(GorgiasFixture.vendor("widgets-list.json"))));

        assertThat(widgets.list().stream().toList()).singleElement().satisfies(widget -> {
            assertThat(widget.id()).isEqualTo(123L);
            assertThat(widget.context()).isEqualTo("ticket");
            assertThat(widget.integrationId()).isEmpty();
            assertThat(widget.order()).contains(3);
            assertThat(widget.template().get().path("widgets").get(0).path("path").asText()).isEqualTo("account_info");
            assertThat(widget.additionalProperties()).containsKeys("app_id", "uri");
        });
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/widgets")));
    }

    @Test
    void listOfOneIntegrationSendsTheDocumentedFilter() {
        // "List widgets" documents integration_id as a query parameter.
        wm.stubFor(get(urlEqualTo("/api/widgets?integration_id=123")).willReturn(okJson("[" + GorgiasFixture.sampleWidget() + "]")));

        assertThat(widgets.list(123).stream().toList()).extracting(Widget::id).containsExactly(456L);
        assertThatThrownBy(() -> widgets.list(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integrationId");
        wm.verify(1, getRequestedFor(urlEqualTo("/api/widgets?integration_id=123")));
    }

    @Test
    void listStillReadsTheCursorEnvelope() {
        wm.stubFor(get(urlEqualTo("/api/widgets")).willReturn(okJson("{\"object\":\"list\",\"data\":"
                + GorgiasFixture.vendor("widgets-list.json") + ",\"meta\":{\"next_cursor\":null}}")));

        assertThat(widgets.list()).extracting(Widget::id).containsExactly(123L);
    }

    @Test
    void aListWithoutDataIsUnreadable() {
        wm.stubFor(get(urlEqualTo("/api/widgets")).willReturn(okJson("{\"object\":\"list\"}")));

        assertThatThrownBy(() -> widgets.list().iterator().hasNext()).isInstanceOf(UnreadableResponseException.class)
                .hasMessageContaining("no data array");
    }

    @Test
    void argumentsAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> widgets.update(0, CREATE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> widgets.create(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CreateWidget.builder().integrationId(0).template(GorgiasFixture.json("{}")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integrationId");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
