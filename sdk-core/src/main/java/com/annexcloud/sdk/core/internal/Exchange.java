package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.TransportResponse;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * How an operation sends its requests: {@link #blocking} runs each on the calling thread and returns an
 * already-completed future; {@link #async} never blocks. A client writes each operation once, returning a
 * future, against this interface: its blocking view runs it on {@link #blocking} and waits ({@link
 * Futures#await}), its async view runs it on {@link #async}. Both carry the {@link RequestOptions} of the
 * view they serve.
 */
public interface Exchange {

    /** Sends one request through the pipeline, with this exchange's options. */
    CompletableFuture<TransportResponse> send(PipelineRequest request);

    /** The per-call options every request sent through this exchange carries. */
    RequestOptions options();

    /** This exchange sending every request with {@code options} instead. */
    Exchange withOptions(RequestOptions options);

    /**
     * When a call sent through this exchange now must be over: now plus the options' timeout or the client's
     * overall timeout, or this exchange's bound when sooner. An operation of several requests takes it once
     * and sends them all {@link #within} it, so the one deadline bounds the whole operation.
     */
    Instant deadline();

    /** Whether {@link #send} runs on the calling thread (its futures are complete when returned). */
    boolean blocking();

    /**
     * This exchange with every request bounded by {@code deadline} as well ({@link PipelineRequest#withDeadline}):
     * for the requests a {@link ResendCheck} makes within the remaining deadline of the call it serves.
     */
    default Exchange within(Instant deadline) {
        return new Bounded(this, Objects.requireNonNull(deadline, "deadline"));
    }

    /** Runs each request on the calling thread: every future it returns is already complete. */
    static Exchange blocking(HttpPipeline pipeline) {
        return new PipelineExchange(pipeline, false, RequestOptions.none());
    }

    /** Never blocks: {@link HttpPipeline#executeAsync}. */
    static Exchange async(HttpPipeline pipeline) {
        return new PipelineExchange(pipeline, true, RequestOptions.none());
    }

    /** The two exchanges over a pipeline. */
    record PipelineExchange(HttpPipeline pipeline, boolean async, RequestOptions options) implements Exchange {
        /** Checks the parts. */
        public PipelineExchange {
            Objects.requireNonNull(pipeline, "pipeline");
            Objects.requireNonNull(options, "options");
        }

        @Override
        public CompletableFuture<TransportResponse> send(PipelineRequest request) {
            PipelineRequest sent = request.withOptions(options);
            if (async) {
                return pipeline.executeAsync(sent);
            }
            try {
                return CompletableFuture.completedFuture(pipeline.execute(sent));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public Exchange withOptions(RequestOptions options) {
            return new PipelineExchange(pipeline, async, options);
        }

        @Override
        public Instant deadline() {
            return pipeline.deadlineFor(options);
        }

        @Override
        public boolean blocking() {
            return !async;
        }
    }

    /** An exchange whose requests are bounded by a deadline. */
    record Bounded(Exchange inner, Instant deadline) implements Exchange {
        @Override
        public CompletableFuture<TransportResponse> send(PipelineRequest request) {
            return inner.send(request.withDeadline(deadline));
        }

        @Override
        public RequestOptions options() {
            return inner.options();
        }

        @Override
        public Exchange withOptions(RequestOptions options) {
            return new Bounded(inner.withOptions(options), deadline);
        }

        @Override
        public Instant deadline() {
            Instant own = inner.deadline();
            return own.isBefore(deadline) ? own : deadline;
        }

        @Override
        public boolean blocking() {
            return inner.blocking();
        }
    }
}
