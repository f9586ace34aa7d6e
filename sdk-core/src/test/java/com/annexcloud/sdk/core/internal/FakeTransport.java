package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A transport answering from a function, on the calling thread; records whether it was closed. */
final class FakeTransport implements HttpTransport {
    /** Answers one attempt. */
    @FunctionalInterface
    interface Handler {
        TransportResponse handle(TransportRequest request) throws IOException;
    }

    private final Handler handler;
    private volatile boolean closed;

    FakeTransport(Handler handler) {
        this.handler = handler;
    }

    /** A transport answering every attempt with an empty 200 and adding it to {@code sent}. */
    static FakeTransport recordingOk(List<TransportRequest> sent) {
        return new FakeTransport(request -> {
            sent.add(request);
            return new TransportResponse(200, Map.of(), null);
        });
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
        return handler.handle(request);
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        try {
            return CompletableFuture.completedFuture(handler.handle(request));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }
}
