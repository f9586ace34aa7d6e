package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Raw-HTTP behaviour of {@code /api/macros}. The bodies follow the Macro object of Gorgias's reference
 * (developers.gorgias.com, "The Macro object": {@code setResponseText} with {@code body_text}/{@code body_html},
 * {@code addTags} with a comma-separated {@code tags} string); paths, the 204 delete and the whole-list
 * {@code PUT} of {@code actions} from the OpenAPI-derived MCP server benpalmer1/Gorgias-MCP-Server.
 */
@ExtendWith(SandboxExtension.class)
@SandboxConfig(sampleData = false)
class GorgiasMacrosTest {
    private static final String MACRO = "{\"name\":\"Order status inquiry\",\"external_id\":\"CUS-324512\","
            + "\"intent\":\"discount/request\",\"language\":\"en\",\"actions\":["
            + "{\"arguments\":{\"tags\":\"question, order-status\"},\"name\":\"addTags\",\"title\":\"Add tags\",\"type\":\"user\"},"
            + "{\"arguments\":{\"body_html\":\"<div>Hi {{ticket.customer.firstname}},</div>\","
            + "\"body_text\":\"Hi {{ticket.customer.firstname}},\"},\"name\":\"setResponseText\",\"title\":\"Reply\",\"type\":\"user\"}]}";

    private final Sandbox sandbox;
    private final GorgiasCalls gorgias;

    GorgiasMacrosTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.gorgias = new GorgiasCalls(sandbox.gorgias());
    }

    @Test
    void aMacroIsCreatedAsSentWithGorgiasDefaults() {
        long id = gorgias.createdId("/macros", MACRO);

        JsonNode macro = gorgias.get("/macros/" + id).json();
        assertThat(macro.path("name").asText()).isEqualTo("Order status inquiry");
        assertThat(macro.path("usage").asInt()).isZero();
        assertThat(macro.path("archived_datetime").isNull()).isTrue();
        assertThat(macro.path("actions").get(1).path("name").asText()).isEqualTo("setResponseText");
        assertThat(macro.path("actions").get(1).path("arguments").path("body_text").asText())
                .isEqualTo("Hi {{ticket.customer.firstname}},");
        assertThat(macro.path("created_datetime").asText()).endsWith("+00:00");
        assertThat(sandbox.gorgias().macros()).containsExactly(macro);
    }

    @Test
    void onlyTheNameIsRequiredAndActionsDefaultToNone() {
        JsonNode macro = gorgias.send("POST", "/macros", "{\"name\":\"Empty\"}").json();

        assertThat(macro.path("actions").isArray()).isTrue();
        assertThat(macro.path("actions")).isEmpty();
        assertThat(macro.path("external_id").isNull()).isTrue();
        assertThat(macro.path("intent").isNull()).isTrue();
        assertThat(macro.path("language").isNull()).isTrue();
    }

    @Test
    void invalidMacrosAreRefusedNamingTheField() {
        HttpResult noName = gorgias.send("POST", "/macros", "{\"actions\":[]}");
        HttpResult notAList = gorgias.send("POST", "/macros", "{\"name\":\"n\",\"actions\":{}}");
        HttpResult unnamedAction = gorgias.send("POST", "/macros", "{\"name\":\"n\",\"actions\":[{\"arguments\":{}}]}");
        HttpResult badArguments = gorgias.send("POST", "/macros",
                "{\"name\":\"n\",\"actions\":[{\"name\":\"setResponseText\",\"arguments\":\"x\"}]}");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("error").path("data").has("name")).isTrue();
        assertThat(notAList.json().path("error").path("data").has("actions")).isTrue();
        assertThat(unnamedAction.json().path("error").path("data").has("actions.0.name")).isTrue();
        assertThat(badArguments.json().path("error").path("data").has("actions.0.arguments")).isTrue();
        assertThat(sandbox.gorgias().macros()).isEmpty();
    }

    @Test
    void addTagsTakesItsTagsAsOneStringNotAList() {
        // "The Macro object" (developers.gorgias.com): addTags' tags is one comma-separated string
        HttpResult list = gorgias.send("POST", "/macros",
                "{\"name\":\"n\",\"actions\":[{\"name\":\"addTags\",\"arguments\":{\"tags\":[\"loyalty\"]}}]}");

        assertThat(list.status()).isEqualTo(400);
        assertThat(list.json().path("error").path("data").has("actions.0.arguments.tags")).isTrue();
        assertThat(sandbox.gorgias().macros()).isEmpty();
    }

    @Test
    void setResponseTextTakesItsBodiesAsStrings() {
        // "The Macro object" (developers.gorgias.com): setResponseText's body_text and body_html are strings
        HttpResult text = gorgias.send("POST", "/macros",
                "{\"name\":\"n\",\"actions\":[{\"name\":\"setResponseText\",\"arguments\":{\"body_text\":1}}]}");
        HttpResult html = gorgias.send("POST", "/macros", "{\"name\":\"n\",\"actions\":[{\"name\":\"addTags\","
                + "\"arguments\":{\"tags\":\"a\"}},{\"name\":\"setResponseText\",\"arguments\":{\"body_html\":{\"div\":\"Hi\"}}}]}");

        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().path("error").path("data").has("actions.0.arguments.body_text")).isTrue();
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.json().path("error").path("data").has("actions.1.arguments.body_html")).isTrue();
        assertThat(sandbox.gorgias().macros()).isEmpty();
    }

    @Test
    void putReplacesTheWholeActionsListAndKeepsTheOtherFields() {
        long id = gorgias.createdId("/macros", MACRO);

        JsonNode updated = gorgias.send("PUT", "/macros/" + id,
                "{\"actions\":[{\"name\":\"setResponseText\",\"arguments\":{\"body_text\":\"New\"}}]}").json();

        assertThat(updated.path("actions")).hasSize(1);
        assertThat(updated.path("actions").get(0).path("arguments").path("body_text").asText()).isEqualTo("New");
        assertThat(updated.path("name").asText()).isEqualTo("Order status inquiry");
        assertThat(updated.path("language").asText()).isEqualTo("en");
    }

    @Test
    void theListUsesTheCursorEnvelope() {
        long first = gorgias.createdId("/macros", "{\"name\":\"a\"}");
        long second = gorgias.createdId("/macros", "{\"name\":\"b\"}");

        JsonNode page = gorgias.get("/macros?limit=1&order_by=created_datetime:asc").json();
        JsonNode next = gorgias.get("/macros?limit=1&order_by=created_datetime:asc&cursor="
                + page.path("meta").path("next_cursor").asText()).json();

        assertThat(page.path("object").asText()).isEqualTo("list");
        assertThat(page.path("data").get(0).path("id").asLong()).isEqualTo(first);
        assertThat(next.path("data").get(0).path("id").asLong()).isEqualTo(second);
        assertThat(next.path("meta").path("next_cursor").isNull()).isTrue();
    }

    @Test
    void deleteAnswers204AndTheMacroIsGone() {
        long id = gorgias.createdId("/macros", MACRO);

        assertThat(gorgias.send("DELETE", "/macros/" + id, null).status()).isEqualTo(204);
        assertThat(gorgias.get("/macros/" + id).status()).isEqualTo(404);
        assertThat(sandbox.gorgias().macros()).isEmpty();
    }

    /** The facts file: "a macro used by an active rule cannot be deleted (409)" (MCP server). */
    @Test
    void aMacroUsedByAnActiveRuleIsNotDeleted() {
        long used = gorgias.createdId("/macros", MACRO);
        long free = gorgias.createdId("/macros", "{\"name\":\"Free\"}");
        sandbox.gorgias().useMacroInRule(used);

        HttpResult refused = gorgias.send("DELETE", "/macros/" + used, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("error").path("msg").asText()).contains("rule");
        assertThat(gorgias.get("/macros/" + used).status()).isEqualTo(200);
        assertThat(gorgias.send("DELETE", "/macros/" + free, null).status()).isEqualTo(204);
    }

    /** The facts file: the list takes {@code archived}, default false (MCP server, spec pages). */
    @Test
    void theListShowsArchivedMacrosOnlyWhenAskedFor() {
        long archived = gorgias.createdId("/macros", MACRO);
        long active = gorgias.createdId("/macros", "{\"name\":\"Active\"}");
        sandbox.gorgias().archiveMacro(archived);

        assertThat(gorgias.get("/macros").json().path("data")).extracting(m -> m.path("id").asLong())
                .containsExactly(active);
        assertThat(gorgias.get("/macros?archived=false").json().path("data")).extracting(m -> m.path("id").asLong())
                .containsExactly(active);
        JsonNode shown = gorgias.get("/macros?archived=true").json().path("data");
        assertThat(shown).extracting(m -> m.path("id").asLong()).containsExactly(archived);
        assertThat(shown.get(0).path("archived_datetime").asText()).endsWith("+00:00");
        assertThat(gorgias.get("/macros/" + archived).status()).isEqualTo(200);
    }

    @Test
    void macrosNeedCredentialsAndCountAgainstTheBudget() {
        HttpResult anonymous = gorgias.send("GET", "/macros", null, null);
        HttpResult listed = gorgias.get("/macros");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(listed.header("X-Gorgias-Account-Api-Call-Limit")).contains("1/40");
    }

    @Test
    void aResetForgetsEveryMacro() {
        gorgias.createdId("/macros", MACRO);

        sandbox.reset();

        assertThat(sandbox.gorgias().macros()).isEmpty();
    }
}
