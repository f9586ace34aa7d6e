package com.annexcloud.sdk.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpPipelineRequestTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final PipelineFixture fixture = new PipelineFixture();

    @Test
    void sendsTheSdkUserAgentAndAcceptsJson() {
        wm.stubFor(get(urlPathEqualTo("/ping")).willReturn(ok()));

        fixture.pipeline(wm.baseUrl()).execute(PipelineRequest.get("/ping", Map.of()));

        String javaVersion = System.getProperty("java.version");
        wm.verify(getRequestedFor(urlPathEqualTo("/ping"))
                .withHeader("User-Agent", equalTo("annexcloud-gorgias-sdk/" + SdkVersion.VERSION + " Java/" + javaVersion))
                .withHeader("User-Agent", matching("annexcloud-gorgias-sdk/\\d+\\.\\d+\\.\\d+\\S* Java/\\S+"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", absent()));
    }

    @Test
    void appendsTheCallersUserAgentSuffix() {
        wm.stubFor(get(urlPathEqualTo("/ping")).willReturn(ok()));
        ClientOptions options = fixture.options().userAgentSuffix("acme-helpdesk/2.1").build();

        PipelineFixture.pipeline(wm.baseUrl(), options).execute(PipelineRequest.get("/ping", Map.of()));

        wm.verify(getRequestedFor(urlPathEqualTo("/ping"))
                .withHeader("User-Agent", matching("annexcloud-gorgias-sdk/\\S+ Java/\\S+ acme-helpdesk/2\\.1")));
    }

    @Test
    void encodesQueryParametersInOrder() {
        wm.stubFor(get(urlPathEqualTo("/customers")).willReturn(ok()));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("email", "a+b@example.com");
        query.put("name", "Zoë & Co = 100%");
        query.put("cursor", "x/y?z#w");

        fixture.pipeline(wm.baseUrl()).execute(PipelineRequest.get("/customers", query));

        LoggedRequest request = wm.findAll(getRequestedFor(urlPathEqualTo("/customers"))).get(0);
        assertThat(request.getUrl()).isEqualTo("/customers?email=a%2Bb%40example.com"
                + "&name=Zo%C3%AB%20%26%20Co%20%3D%20100%25&cursor=x%2Fy%3Fz%23w");
        assertThat(request.queryParameter("name").firstValue()).isEqualTo("Zoë & Co = 100%");
        assertThat(request.queryParameter("email").firstValue()).isEqualTo("a+b@example.com");
    }

    @Test
    void joinsBaseUriAndEncodedPathWithOneSlash() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/a%2Fb%20c")).willReturn(ok()));

        TransportResponse response = fixture.pipeline(wm.baseUrl() + "/api/3.0/")
                .execute(PipelineRequest.get("/users/" + PathSegments.encode("a/b c", "user id"), Map.of()));

        assertThat(response.status()).isEqualTo(200);
        wm.verify(getRequestedFor(urlPathEqualTo("/api/3.0/users/a%2Fb%20c")));
    }

    @Test
    void sendsTheBodyAsJsonWithSignerHeaders() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/points")).willReturn(ok()));
        RequestSigner signer = (request, now) -> Map.of("X-Signature", "sig-" + request.body().length);

        try (HttpPipeline pipeline = new HttpPipeline("test", java.net.URI.create(wm.baseUrl()),
                fixture.options().build(), signer, RequestPacer.none())) {
            pipeline.execute(PipelineFixture.post("/points"));
        }

        wm.verify(postRequestedFor(urlPathEqualTo("/points"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("X-Signature", equalTo("sig-12"))
                .withRequestBody(equalToJson("{\"points\":5}")));
    }

    @Test
    void aCustomTransportReceivesEveryAttemptAndStaysOpen() {
        List<TransportRequest> sent = new CopyOnWriteArrayList<>();
        FakeTransport transport = new FakeTransport(request -> {
            sent.add(request);
            return new TransportResponse(sent.size() < 2 ? 503 : 200, Map.of("X-Seen", List.of("yes")),
                    "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        ClientOptions options = fixture.options().transport(transport).maxResponseBytes(1234).build();

        TransportResponse response;
        try (HttpPipeline pipeline = PipelineFixture.pipeline("https://api.example.test/v1", options)) {
            response = pipeline.execute(PipelineRequest.get("/users/7", Map.of("q", "a b")));
        }

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-seen")).contains("yes");
        assertThat(sent).hasSize(2).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.uri()).hasToString("https://api.example.test/v1/users/7?q=a%20b");
            assertThat(request.maxResponseBytes()).isEqualTo(1234);
            assertThat(request.headers()).containsKey("User-Agent");
        });
        assertThat(transport.isClosed()).as("a caller's transport is the caller's to close").isFalse();
    }
}
