package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import java.io.IOException;
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
