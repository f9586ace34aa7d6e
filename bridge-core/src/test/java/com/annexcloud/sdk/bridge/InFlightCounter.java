package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.JdkHttpTransport;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A transport that counts the requests in flight and remembers the most there ever were at once. */
final class InFlightCounter implements HttpTransport {
    private final HttpTransport delegate = JdkHttpTransport.create(Duration.ofSeconds(5), HttpClient.Version.HTTP_1_1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    int most() {
        return most.get();
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            return delegate.execute(request);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        return delegate.executeAsync(request).whenComplete((response, failure) -> inFlight.decrementAndGet());
    }
}
