package com.annexcloud.sdk.bridge;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.testsupport.CapturedLogs;
import com.annexcloud.sdk.testsupport.LogLine;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An Annex Cloud failure's message names the request's real path, and Annex Cloud's paths carry the member id,
 * the email ({@code GET /users/{email}}, Annex Cloud Loyalty API V3 reference, "Get user"). The endpoint's log
 * lines for the card, an agent action and the routing hook must therefore show only the exception's class, HTTP
 * status and vendor code. Annex Cloud answers 500 with its published error body ({@code errorCode},
 * {@code errorMessage}).
 */
class EndpointLogsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String EMAIL = "john.private@example.com";
    private static final String TOKEN = "bridge-token-0123456789";

    private final StubbedClients clients = new StubbedClients(wm);
    private final WidgetEndpoint endpoint = clients.bridge().build().widgetEndpoint(Secret.of(TOKEN));

    @AfterEach
    void close() {
        clients.close();
    }

    private WidgetResponse call(String method, String path, String query, String body) {
        var request = WidgetRequest.builder().method(method).path(WidgetEndpoint.DEFAULT_PATH + path)
                .putHeaders("Authorization", List.of("Bearer " + TOKEN)).body(body);
        if (query != null) {
            request.putQuery("email", List.of(query));
        }
        return endpoint.handle(request.build());
    }

    @Test
    void aFailingAnnexCloudCallIsLoggedWithoutTheEmail() {
        wm.stubFor(any(urlMatching("/api/3.0/.*")).willReturn(AnnexStubs.json(500,
                "{\"errorCode\":\"AC1000\",\"errorMessage\":\"Internal error\"}")));
        long mark = CapturedLogs.mark();

        WidgetResponse card = call("GET", "", EMAIL, "");
        WidgetResponse award = call("POST", "/award", null,
                "{\"email\": \"" + EMAIL + "\", \"ticketId\": \"4001\", \"points\": 5}");
        WidgetResponse routed = call("POST", WidgetEndpoint.ROUTE_PATH, null, "{\"ticket_id\": 4001, \"email\": \"" + EMAIL + "\"}");

        assertThat(card.status()).isEqualTo(502);
        assertThat(award.status()).isEqualTo(502);
        assertThat(routed.body()).isEqualTo("{\"tagged\":false,\"reason\":\"upstream_error\"}");
        List<String> lines = CapturedLogs.since(mark).stream().map(LogLine::text).toList();
        assertThat(lines).filteredOn(line -> line.contains("HTTP 500")).hasSizeGreaterThanOrEqualTo(3); // the three were logged
        assertThat(lines).noneMatch(line -> line.contains(EMAIL) || line.contains("john.private"));
    }
}
