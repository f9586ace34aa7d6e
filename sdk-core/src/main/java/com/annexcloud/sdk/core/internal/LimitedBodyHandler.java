package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.BodyLimitExceededException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler that collects the body into a byte array but refuses to hold more than a limit: it
 * fails at once when {@code Content-Length} is over it, and cancels the stream as soon as the bytes
 * received pass it (for chunked or lying responses).
 */
public final class LimitedBodyHandler implements HttpResponse.BodyHandler<byte[]> {
    private final long limit;

    /** A handler accepting at most {@code limit} bytes. */
    public LimitedBodyHandler(long limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
        if (declared > limit) {
            return new Failing(limit);
        }
        return new Collecting(limit);
    }

    /** The {@link BodyLimitExceededException} inside a wrapped failure, else the failure {@link Futures#unwrap unwrapped}. */
    public static Throwable bodyLimitOrCause(Throwable failure) {
        Throwable current = failure;
        while (current != null) {
            if (current instanceof BodyLimitExceededException) {
                return current;
            }
            current = current.getCause();
        }
        return Futures.unwrap(failure);
    }

    /** Rejects the body without reading it. */
    private static final class Failing implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();

        Failing(long limit) {
            result.completeExceptionally(new BodyLimitExceededException(limit));
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // cancelled: nothing arrives
        }

        @Override
        public void onError(Throwable throwable) {
            // already failed
        }

        @Override
        public void onComplete() {
            // already failed
        }
    }

    /** Collects the body while it stays within the limit. */
    private static final class Collecting implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Collecting(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (buffer.size() + (long) item.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyLimitExceededException(limit));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable instanceof IOException ? throwable : new IOException(throwable));
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
