package com.annexcloud.sdk.gorgias;

import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.JdkHttpTransport;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK transport on WireMock, answering async sends on the calling thread (so a test sees every step
 * of an async call happen before the call returns), each request taking the fake time {@link #takes} sets
 * for it: past the attempt's timeout it times out there, as the JDK's would.
 */
final class InlineTransport implements HttpTransport {
    private final HttpTransport real = JdkHttpTransport.create(Duration.ofSeconds(5), HttpClient.Version.HTTP_1_1);
    private final Map<String, Duration> takes = new ConcurrentHashMap<>();
    private final ManualTime time;

    InlineTransport(ManualTime time) {
        this.time = time;
    }

    /** Requests {@code method path} take {@code duration} of fake time from now on. */
    InlineTransport takes(String method, String path, Duration duration) {
        takes.put(method + " " + path, duration);
        return this;
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        TransportResponse response = real.execute(request);
        Duration took = takes.getOrDefault(request.method() + " " + request.uri().getPath(), Duration.ZERO);
        if (took.compareTo(request.timeout()) > 0) {
            time.advance(request.timeout());
            throw new HttpTimeoutException("no answer within " + request.timeout());
        }
        time.advance(took);
        return response;
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        try {
            return CompletableFuture.completedFuture(execute(request));
        } catch (IOException | InterruptedException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
