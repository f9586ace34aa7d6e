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

import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.Macro;
import com.annexcloud.sdk.gorgias.model.MacroAction;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request shape of every macro call (method, path, auth, exact body), the Macro object as Gorgias documents it,
 * paging, errors and the create's retry. Payloads follow docs/vendor-facts-agent-workflow.md, "Gorgias macros":
 * the Gorgias reference "The Macro object" (fields; {@code setResponseText} with {@code body_text}/{@code
 * body_html}; {@code addTags} with one comma-separated {@code tags} string) and, for the routes, 204 on delete
 * and the whole-array {@code actions} of a PUT, the public MCP server benpalmer1/Gorgias-MCP-Server
 * ({@code src/tools/macros.ts}) and the spec-derived withone.ai page "Create a Macro".
 */
class MacrosContractTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/api/macros/8001";
    private static final String BODY_TEXT = "Hi {{ticket.customer.firstname}},\n\nYou have "
            + "{{ticket.customer.integrations[7001].points.available}} points.";
    private static final String BODY_HTML = "<div>Hi {{ticket.customer.firstname}},</div><div>You have "
            + "{{ticket.customer.integrations[7001].points.available}} points.</div>";
    private static final CreateMacro CREATE = CreateMacro.builder()
            .name("Loyalty: points balance")
            .externalId("annexcloud-loyalty:points-balance")
            .language("en")
            .addActions(MacroAction.setResponseText(BODY_TEXT, BODY_HTML), MacroAction.addTags("loyalty"))
            .build();
    /** The facts file's example body of {@code POST /api/macros}, as the installer would send it. */
    private static final String CREATE_JSON = "{\"name\":\"Loyalty: points balance\","
            + "\"external_id\":\"annexcloud-loyalty:points-balance\",\"language\":\"en\",\"actions\":["
            + "{\"name\":\"setResponseText\",\"title\":\"Add response text\",\"type\":\"user\",\"arguments\":{"
            + "\"body_text\":\"Hi {{ticket.customer.firstname}},\\n\\nYou have {{ticket.customer.integrations[7001].points.available}} points.\","
            + "\"body_html\":\"<div>Hi {{ticket.customer.firstname}},</div><div>You have {{ticket.customer.integrations[7001].points.available}} points.</div>\"}},"
            + "{\"name\":\"addTags\",\"title\":\"Add tags\",\"type\":\"user\",\"arguments\":{\"tags\":\"loyalty\"}}]}";

    private GorgiasFixture fixture;
    private GorgiasClient client;
    private Macros macros;
    private MacrosAsync macrosAsync;

    @BeforeEach
    void setUp() {
        fixture = new GorgiasFixture(wm);
        client = fixture.client();
        macros = client.macros();
        macrosAsync = client.async().macros();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    /** The answer to the create: the body plus what Gorgias adds (The Macro object's fields). */
    private static String macro(long id, String externalId) {
        String external = externalId == null ? "null" : "\"" + externalId + "\"";
        return "{\"id\":" + id + ",\"external_id\":" + external + ",\"name\":\"Loyalty: points balance\","
                + "\"intent\":\"other/question\",\"language\":\"en\",\"usage\":\"3\",\"uri\":\"/api/macros/" + id + "/\","
                + "\"created_datetime\":\"2026-01-01T09:00:00.000000+00:00\",\"updated_datetime\":\"2026-01-02T09:00:00.000000+00:00\","
                + "\"archived_datetime\":null,\"actions\":["
                + "{\"name\":\"setResponseText\",\"title\":\"Add response text\",\"type\":\"user\",\"arguments\":{"
                + "\"body_text\":\"You have {{ticket.customer.integrations[7001].points.available}} points.\","
                + "\"body_html\":\"<div>You have points.</div>\"}},"
                + "{\"name\":\"addTags\",\"title\":\"Add tags\",\"type\":\"user\",\"arguments\":{\"tags\":\"question, order-status\"}},"
                + "{\"name\":\"setStatus\",\"title\":\"Close\",\"type\":\"user\",\"arguments\":{\"status\":\"closed\"},\"id\":\"a1\"}]}";
    }

    @Test
    void createPostsTheFactsFilesExampleBody() {
        wm.stubFor(post("/api/macros").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(macro(8001, "annexcloud-loyalty:points-balance"))));

        Macro created = macros.create(CREATE);

        assertThat(created.id()).isEqualTo(8001L);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/macros"))
                .withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(CREATE_JSON)));
    }

    @Test
    void aMacroReadsTheDocumentedShapeAndKeepsUnknownActions() {
        wm.stubFor(get(PATH).willReturn(okJson(macro(8001, "annexcloud-loyalty:points-balance"))));

        Macro macro = macros.get(8001);

        assertThat(macro.externalId()).contains("annexcloud-loyalty:points-balance");
        assertThat(macro.name()).isEqualTo("Loyalty: points balance");
        assertThat(macro.intent()).contains("other/question");
        assertThat(macro.language()).contains("en");
        assertThat(macro.usage()).contains(3L);
        assertThat(macro.createdDatetime()).contains(OffsetDateTime.parse("2026-01-01T09:00:00Z"));
        assertThat(macro.updatedDatetime()).contains(OffsetDateTime.parse("2026-01-02T09:00:00Z"));
        assertThat(macro.archivedDatetime()).isEmpty();
        assertThat(macro.additionalProperties()).containsKey("uri");
        assertThat(macro.actions()).extracting(MacroAction::name).containsExactly("setResponseText", "addTags", "setStatus");
        MacroAction reply = macro.actions().get(0);
        assertThat(reply.bodyText()).contains("You have {{ticket.customer.integrations[7001].points.available}} points.");
        assertThat(reply.bodyHtml()).contains("<div>You have points.</div>");
        assertThat(reply.tags()).isEmpty();
        MacroAction tags = macro.actions().get(1);
        assertThat(tags.tags()).containsExactly("question", "order-status");
        assertThat(tags.bodyText()).isEmpty();
        MacroAction unknown = macro.actions().get(2);
        assertThat(unknown.arguments().path("status").asText()).isEqualTo("closed");
        assertThat(unknown.additionalProperties()).containsKey("id");
        assertThat(unknown.title()).contains("Close");
        assertThat(unknown.type()).contains("user");
    }

    @Test
    void aMacroWithoutActionsOrArgumentsIsRead() {
        // "Create a Macro": only name is required and actions default to [].
        wm.stubFor(get(PATH).willReturn(okJson("{\"id\":8001,\"name\":\"Bare\",\"actions\":[{\"name\":\"x\",\"arguments\":null}],"
                + "\"brand_new_field\":{\"a\":1}}")));

        Macro macro = macrosAsync.get(8001).join();

        assertThat(macro.actions()).singleElement().satisfies(action -> {
            assertThat(action.arguments().isObject()).isTrue();
            assertThat(action.arguments().size()).isZero();
        });
        assertThat(macro.externalId()).isEmpty();
        assertThat(macro.additionalProperties()).containsKey("brand_new_field");
    }

    @Test
    void aMacroWithNullActionsIsReadAsHavingNone() {
        wm.stubFor(get(PATH).willReturn(okJson("{\"id\":8001,\"name\":\"Bare\",\"actions\":null,\"usage\":\"\"}")));

        Macro macro = macros.get(8001);

        assertThat(macro.actions()).isEmpty();
        assertThat(macro.usage()).isEmpty();
    }

    @Test
    void updatePutsEveryFieldAndTheWholeActionsArray() {
        wm.stubFor(put(PATH).willReturn(okJson(macro(8001, "annexcloud-loyalty:points-balance"))));

        assertThat(macros.update(8001, CREATE).id()).isEqualTo(8001L);
        macrosAsync.update(8001, CREATE).join();

        wm.verify(2, putRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo(GorgiasFixture.BASIC))
                .withRequestBody(equalToJson(CREATE_JSON)));
    }

    @Test
    void deleteSendsDeleteAndA409IsAConflict() {
        wm.stubFor(delete(PATH).willReturn(aResponse().withStatus(204)));
        wm.stubFor(delete("/api/macros/8002").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"msg\":\"The macro is used by a rule.\"}}")));

        macros.delete(8001);
        macrosAsync.delete(8001).join();

        wm.verify(2, deleteRequestedFor(urlEqualTo(PATH)).withRequestBody(absent()));
        assertThatThrownBy(() -> macros.delete(8002)).isInstanceOf(GorgiasConflictException.class);
    }

    @Test
    void listFollowsTheCursorEnvelope() {
        wm.stubFor(get(urlEqualTo("/api/macros")).willReturn(okJson(GorgiasFixture.page(macro(1, null), "c2"))));
        wm.stubFor(get(urlEqualTo("/api/macros?cursor=c2")).willReturn(okJson(GorgiasFixture.page(macro(2, "k"), null))));

        assertThat(macros.list()).extracting(Macro::id).containsExactly(1L, 2L);
        wm.verify(1, getRequestedFor(urlEqualTo("/api/macros?cursor=c2")));
    }

    @Test
    void listFetchesNothingUntilIterated() {
        macros.list();

        wm.verify(0, getRequestedFor(urlPathEqualTo("/api/macros")));
    }

    /** The facts file lists {@code archived} (default false) among the list's parameters (MCP server, spec pages). */
    @Test
    void archivedListsWithTheArchivedFilterAndFollowsItsCursor() {
        wm.stubFor(get(urlEqualTo("/api/macros?archived=true")).willReturn(okJson(GorgiasFixture.page(macro(3, "k"), "c2"))));
        wm.stubFor(get(urlEqualTo("/api/macros?archived=true&cursor=c2")).willReturn(okJson(GorgiasFixture.page(macro(4, null), null))));

        assertThat(macros.archived()).extracting(Macro::id).containsExactly(3L, 4L);
        wm.verify(0, getRequestedFor(urlEqualTo("/api/macros")));
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundByItsExternalId() {
        wm.stubFor(post("/api/macros").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get(urlEqualTo("/api/macros")).willReturn(okJson(GorgiasFixture.page(
                macro(5, "someone-else") + "," + macro(9, "annexcloud-loyalty:points-balance"), null))));
        wm.stubFor(get(urlEqualTo("/api/macros?archived=true")).willReturn(okJson(GorgiasFixture.page("", null))));

        Macro found = macros.create(CREATE);

        assertThat(found.id()).isEqualTo(9L);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/macros")));
    }

    @Test
    void aLostCreateArchivedBeforeTheLookupIsFoundAmongTheArchived() {
        wm.stubFor(post("/api/macros").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get(urlEqualTo("/api/macros")).willReturn(okJson(GorgiasFixture.page(macro(5, "someone-else"), null))));
        wm.stubFor(get(urlEqualTo("/api/macros?archived=true")).willReturn(okJson(GorgiasFixture.page(
                macro(9, "annexcloud-loyalty:points-balance"), null))));

        Macro found = macrosAsync.create(CREATE).join();

        assertThat(found.id()).isEqualTo(9L);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/macros")));
    }

    @Test
    void aCreateWithoutExternalIdIsSentOnce() {
        wm.stubFor(post("/api/macros").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> macros.create(CreateMacro.builder().name("Plain").build()))
                .isInstanceOf(GorgiasException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/macros")).withRequestBody(equalToJson("{\"name\":\"Plain\",\"actions\":[]}")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/api/macros")));
    }

    @Test
    void writesAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> macros.get(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> macros.update(-1, CREATE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> macros.create(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CreateMacro.builder().name(" ").build()).hasMessageContaining("name");
        assertThatThrownBy(() -> CreateMacro.builder().name("n").externalId("").build()).hasMessageContaining("externalId");
        assertThatThrownBy(() -> MacroAction.addTags()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> MacroAction.addTags("a,b")).hasMessageContaining("comma");
        assertThatThrownBy(() -> MacroAction.addTags(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> MacroAction.setResponseText("", "<p>x</p>")).hasMessageContaining("bodyText");
        assertThatThrownBy(() -> MacroAction.builder().name("").build()).hasMessageContaining("name");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void tagsAreWrittenAsOneCommaSeparatedString() {
        // The Macro object: addTags takes arguments.tags as one string, "question, order-status", not an array.
        MacroAction action = MacroAction.addTags("loyalty", "loyalty-gold");

        assertThat(action.arguments().path("tags").asText()).isEqualTo("loyalty, loyalty-gold");
        assertThat(action.tags()).containsExactly("loyalty", "loyalty-gold");
    }
}
