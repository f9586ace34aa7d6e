package com.annexcloud.sdk.loyalty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.Secret;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The credentials check and the route templates events carry. Error bodies follow Annex Cloud's
 * published shape {@code {"errorCode":"AC10xx","errorMessage":"…"}} with AC1002 on 401 and AC1005 for an
 * unknown member (Annex Cloud V3 help page, error table; status mapping confirmed by Annex Cloud's Zoho CRM
 * integration document, see docs/annexcloud-client.md).
 */
class AnnexCloudCredentialsAndRoutesTest extends WireMockTestBase {
    private static final String PROBE_PATH = "/api/3.0/users/credentials-check@annexcloud-sdk.invalid";

    @Test
    void verifyCredentialsAcceptsTheNoDataFoundAnswerOfASignedProbe() throws Exception {
        wm.stubFor(get(urlPathEqualTo(PROBE_PATH)).willReturn(aResponse().withStatus(404)
                .withBody("{\"errorCode\":\"AC1005\",\"errorMessage\":\"No data found\"}")));

        client.verifyCredentials();

        var sent = wm.findAll(getRequestedFor(urlPathEqualTo(PROBE_PATH)));
        assertThat(sent).hasSize(1);
        TestSupport.assertSigned(sent.get(0), TestSupport.idLiteral(AnnexCloudClient.CREDENTIALS_PROBE_ID), time);
    }

    @Test
    void verifyCredentialsAlsoAcceptsSomethingWentWrongWith404() {
        wm.stubFor(get(urlPathEqualTo(PROBE_PATH)).willReturn(aResponse().withStatus(404)
                .withBody("{\"errorCode\":\"AC1001\",\"errorMessage\":\"Oops! Something went wrong\"}")));

        assertThatCode(client::verifyCredentials).doesNotThrowAnyException();
        wm.verify(1, getRequestedFor(urlPathEqualTo(PROBE_PATH)));
    }

    @Test
    void verifyCredentialsFailsOnAnHtml404FromAWrongBaseUrl() {
        // What a web server answers for a path it does not serve: no Annex Cloud error body at all.
        wm.stubFor(get(urlPathEqualTo(PROBE_PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html><body><h1>404 Not Found</h1></body></html>")));

        assertThatThrownBy(client::verifyCredentials).isInstanceOf(AnnexCloudEndpointNotFoundException.class);
    }

    @Test
    void verifyCredentialsFailsOnAnEmpty404() {
        wm.stubFor(get(urlPathEqualTo(PROBE_PATH)).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(client::verifyCredentials).isInstanceOf(AnnexCloudEndpointNotFoundException.class);
    }

    @Test
    void verifyCredentialsFailsOnRequestNotAuthorized() {
        wm.stubFor(get(urlPathEqualTo(PROBE_PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"errorCode\":\"AC1002\",\"errorMessage\":\"Request Not Authorized\"}")));

        assertThatThrownBy(client::verifyCredentials).isInstanceOf(AnnexCloudUnauthorizedException.class)
                .hasMessageNotContaining(TestSupport.SECRET);
    }

    @Test
    void verifyCredentialsFailsWhenTheServiceFails() {
        wm.stubFor(get(urlPathEqualTo(PROBE_PATH)).willReturn(aResponse().withStatus(400)
                .withBody("{\"errorCode\":\"AC1004\",\"errorMessage\":\"Missing Parameters\"}")));

        assertThatThrownBy(client::verifyCredentials).isInstanceOf(AnnexCloudException.class);
    }

    @Test
    void eventsNameTheRouteWithoutTheMemberId() {
        wm.stubFor(WireMock.get(WireMock.urlPathMatching("/api/3.0/users/.*/tiers"))
                .willReturn(aResponse().withBody("{\"currentTier\":\"Silver\"}")));
        wm.stubFor(WireMock.get(WireMock.urlPathMatching("/api/3.0/points/.*"))
                .willReturn(aResponse().withBody("{\"availablePoints\":5}")));
        List<RequestEvent> events = new CopyOnWriteArrayList<>();
        try (AnnexCloudClient listened = AnnexCloudClient.builder()
                .baseUri(URI.create(wm.getRuntimeInfo().getHttpBaseUrl() + "/api/3.0"))
                .siteId(TestSupport.SITE_ID).secret(Secret.of(TestSupport.SECRET))
                .options(ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1)
                        .clock(time.clock()).sleeper(time).listener(events::add).build())
                .build()) {
            listened.tiers().get("jane.doe@example.com");
            listened.points().balance("jane/doe");
        }

        assertThat(events).extracting(RequestEvent::route)
                .containsOnly("/users/{id}/tiers", "/points/{id}");
        assertThat(events).extracting(e -> e.request().path())
                .contains("/users/jane.doe@example.com/tiers", "/points/jane%2Fdoe");
    }
}
