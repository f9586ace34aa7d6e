package com.annexcloud.sdk.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Gorgias's template variables as its "Macro variables" help page writes them ({@code {{ticket.messages[-1].body_text}}},
 * filters after a pipe, blank for a missing value) and as its front end keys integration data by id
 * ({@code {{ticket.customer.integrations[15].customer.foo}}}).
 */
class IntegrationTemplatesTest {
    private static final JsonNode CONTEXT = json("{\"ticket\":{\"id\":4001,\"customer\":{\"email\":\"a b@x.com\","
            + "\"integrations\":{\"7001\":{\"points\":{\"available\":6656},\"tier\":{\"current\":\"Gold\"}}}},"
            + "\"messages\":[{\"body_text\":\"first\"},{\"body_text\":\"last\"}]}}");

    private static JsonNode json(String text) {
        try {
            return JsonBody.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pathsIndexesAndIntegrationIdsResolve() {
        assertThat(IntegrationTemplates.render("#{{ticket.id}} {{ ticket.messages[0].body_text }}/{{ticket.messages[-1].body_text}}",
                CONTEXT)).isEqualTo("#4001 first/last");
        assertThat(IntegrationTemplates.render("{{ticket.customer.integrations[7001].points.available}} points, "
                + "{{ticket.customer.integrations['7001'].tier.current}}", CONTEXT)).isEqualTo("6656 points, Gold");
    }

    @Test
    void aMissingValueIsBlankAndAnObjectIsItsJson() {
        assertThat(IntegrationTemplates.render("[{{ticket.subject}}][{{ticket.messages[5].body_text}}][{{nothing.at.all}}]",
                CONTEXT)).isEqualTo("[][][]");
        assertThat(IntegrationTemplates.render("{{ticket.customer.integrations[7001].tier}}", CONTEXT))
                .isEqualTo("{\"current\":\"Gold\"}");
    }

    @Test
    void filtersAreNotAppliedAndTextOutsideVariablesIsKept() {
        assertThat(IntegrationTemplates.render("on {{ticket.id|datetime_format(\"L\")}} for $5", CONTEXT))
                .isEqualTo("on 4001 for $5");
    }

    @Test
    void urlValuesAreEncodedAndFormsRenderEveryString() {
        assertThat(IntegrationTemplates.renderUrl("https://b.example/l?email={{ticket.customer.email}}&t={{ticket.id}}", CONTEXT))
                .isEqualTo("https://b.example/l?email=a+b%40x.com&t=4001");
        JsonNode form = IntegrationTemplates.renderForm(json("{\"t\":\"{{ticket.id}}\",\"n\":1,\"l\":[\"{{ticket.customer.email}}\"],"
                + "\"o\":{\"m\":\"{{ticket.messages[-1].body_text}}\"}}"), CONTEXT);
        assertThat(form.toString()).isEqualTo("{\"t\":\"4001\",\"n\":1,\"l\":[\"a b@x.com\"],\"o\":{\"m\":\"last\"}}");
    }
}
