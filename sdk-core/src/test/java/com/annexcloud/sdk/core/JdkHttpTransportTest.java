package com.annexcloud.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.internal.HttpPipeline;
import com.annexcloud.sdk.core.internal.PipelineRequest;
import com.annexcloud.sdk.core.internal.RequestPacer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdkHttpTransportTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** A server that streams every body chunked, without Content-Length. */
    @RegisterExtension
    static WireMockExtension chunked = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.ALWAYS))
            .build();

    private static final long DEFAULT_CAP = ClientOptions.DEFAULT_MAX_RESPONSE_BYTES;

    private final JdkHttpTransport transport = JdkHttpTransport.create(Duration.ofSeconds(5), HttpClient.Version.HTTP_1_1);

    private static TransportRequest getRequest(WireMockExtension server, String path, long maxBytes) {
        return new TransportRequest("GET", URI.create(server.baseUrl() + path), Map.of("X-Test", "1"), null,
                Duration.ofSeconds(5), maxBytes);
    }

    private static byte[] bytes(long size) {
        byte[] body = new byte[Math.toIntExact(size)];
        Arrays.fill(body, (byte) 'a');
        return body;
    }

    /** A pipeline with the default 4 MiB cap over HTTP/1.1 and fake time. */
    private static HttpPipeline defaultCapPipeline(WireMockExtension server) {
        ManualTime time = ManualTime.create();
        ClientOptions options = ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1)
                .clock(time.clock()).sleeper(time).build();
        return new HttpPipeline("test", URI.create(server.baseUrl()), options, (request, now) -> Map.of(),
                RequestPacer.none());
    }

    @Test
    void sendsMethodHeadersAndBodyAndReturnsTheWholeResponse() throws Exception {
        wm.stubFor(put(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(201)
                .withHeader("X-Request-Id", "abc").withBody("{\"ok\":true}")));
        TransportRequest request = new TransportRequest("PUT", URI.create(wm.baseUrl() + "/things/1"),
                Map.of("X-Test", "1", "Content-Type", "application/json"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(5), 1024);

        TransportResponse response = transport.execute(request);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.isSuccessful()).isTrue();
        assertThat(response.header("x-request-id")).contains("abc");
        assertThat(response.bodyText()).isEqualTo("{\"ok\":true}");
        wm.verify(putRequestedFor(urlPathEqualTo("/things/1")).withHeader("X-Test", equalTo("1"))
                .withRequestBody(equalTo("{\"a\":1}")));
    }

    @Test
    void asyncReturnsTheSameResponse() {
        wm.stubFor(get(urlPathEqualTo("/async")).willReturn(aResponse().withStatus(404).withBody("{}")));

        TransportResponse response = transport.executeAsync(getRequest(wm, "/async", 1024)).join();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isSuccessful()).isFalse();
        wm.verify(getRequestedFor(urlPathEqualTo("/async")).withHeader("X-Test", equalTo("1")));
    }

    @Test
    void bodyAtTheLimitIsAccepted() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/exact")).willReturn(aResponse().withBody(bytes(1000))));
        chunked.stubFor(get(urlPathEqualTo("/exact")).willReturn(aResponse().withBody(bytes(1000))));

        assertThat(transport.execute(getRequest(wm, "/exact", 1000)).body()).hasSize(1000);
        assertThat(transport.execute(getRequest(chunked, "/exact", 1000)).body()).hasSize(1000);
    }

    @Test
    void chunkedServerReallySendsNoContentLength() throws Exception {
        chunked.stubFor(get(urlPathEqualTo("/big")).willReturn(aResponse().withBody(bytes(200_000))));

        TransportResponse response = transport.execute(getRequest(chunked, "/big", DEFAULT_CAP));

        assertThat(response.header("Content-Length")).isEmpty();
        assertThat(response.header("Transfer-Encoding")).contains("chunked");
        assertThat(response.body()).hasSize(200_000);
    }

    @Test
    void contentLengthOverTheLimitIsRefused() {
        wm.stubFor(get(urlPathEqualTo("/big")).willReturn(aResponse().withBody(bytes(1001))));

        assertThatThrownBy(() -> transport.execute(getRequest(wm, "/big", 1000)))
                .isInstanceOfSatisfying(BodyLimitExceededException.class, e -> assertThat(e.limit()).isEqualTo(1000))
                .hasMessage("response body exceeds the limit of 1000 bytes");
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedAsync() {
        chunked.stubFor(get(urlPathEqualTo("/big")).willReturn(aResponse().withBody(bytes(200_000))));

        assertThatThrownBy(() -> transport.executeAsync(getRequest(chunked, "/big", 100_000)).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(BodyLimitExceededException.class);
    }

    @Test
    void bodyOverTheDefaultCapWithContentLengthIsUnreadableAndNotRetried() {
        wm.stubFor(get(urlPathEqualTo("/huge")).willReturn(aResponse().withBody(bytes(DEFAULT_CAP + 1))));

        assertThatThrownBy(() -> defaultCapPipeline(wm).execute(PipelineRequest.get("/huge", Map.of())))
                .isInstanceOf(UnreadableResponseException.class)
                .hasMessageContaining("exceeds the limit of 4194304 bytes")
                .hasMessageContaining("GET /huge");
        wm.verify(1, getRequestedFor(urlPathEqualTo("/huge")));
    }

    @Test
    void chunkedBodyOverTheDefaultCapIsUnreadableAndNotRetried() {
        chunked.stubFor(get(urlPathEqualTo("/huge")).willReturn(aResponse().withBody(bytes(DEFAULT_CAP + 1))));

        assertThatThrownBy(() -> defaultCapPipeline(chunked).execute(PipelineRequest.get("/huge", Map.of())))
                .isInstanceOf(UnreadableResponseException.class)
                .hasMessageContaining("exceeds the limit of 4194304 bytes");
        chunked.verify(1, getRequestedFor(urlPathEqualTo("/huge")));
    }

    @Test
    void bodyOfExactlyTheDefaultCapIsRead() {
        chunked.stubFor(get(urlPathEqualTo("/cap")).willReturn(aResponse().withBody(bytes(DEFAULT_CAP))));

        TransportResponse response = defaultCapPipeline(chunked).execute(PipelineRequest.get("/cap", Map.of()));

        assertThat(response.body()).hasSize(Math.toIntExact(DEFAULT_CAP));
    }

    @Test
    void connectionResetIsAnIoException() {
        wm.stubFor(any(urlPathEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> transport.execute(getRequest(wm, "/reset", 1000))).isInstanceOf(IOException.class);
    }

    @Test
    void slowResponseIsAnHttpTimeout() {
        wm.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(2_000)));
        TransportRequest request = new TransportRequest("GET", URI.create(wm.baseUrl() + "/slow"), Map.of(), null,
                Duration.ofMillis(100), 1000);

        assertThatThrownBy(() -> transport.execute(request)).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aBodyDribbledPastTheTimeoutIsAnHttpTimeoutToo() {
        // Headers arrive at once; the 1 KiB body trickles in over 2 s, far past the 200 ms attempt timeout.
        wm.stubFor(get(urlPathEqualTo("/dribble")).willReturn(aResponse().withStatus(200)
                .withBody(bytes(1024)).withChunkedDribbleDelay(20, 2_000)));
        TransportRequest request = new TransportRequest("GET", URI.create(wm.baseUrl() + "/dribble"), Map.of(), null,
                Duration.ofMillis(200), 10_000);

        assertThatThrownBy(() -> transport.execute(request)).isInstanceOf(HttpTimeoutException.class);
        assertThat(transport.executeAsync(request)).failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void wrapsACallersClient() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/own")).willReturn(aResponse().withStatus(204)));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        JdkHttpTransport own = JdkHttpTransport.of(client);

        assertThat(own.execute(getRequest(wm, "/own", 10)).status()).isEqualTo(204);
        assertThat(own).hasToString("JdkHttpTransport[HTTP_1_1]");
        assertThatThrownBy(() -> JdkHttpTransport.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("client");
    }
}
