package com.annexcloud.sdk.core.internal;

import com.annexcloud.sdk.core.BodyLimitExceededException;
import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.HttpTransport;
import com.annexcloud.sdk.core.ImmutableRequestEvent;
import com.annexcloud.sdk.core.JdkHttpTransport;
import com.annexcloud.sdk.core.OutcomeUnknownException;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.RequestOptions;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.core.TransportRequest;
import com.annexcloud.sdk.core.TransportResponse;
import com.annexcloud.sdk.core.UnreadableResponseException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a request to completion: signs and paces each attempt, applies the per-attempt timeout and the
 * overall deadline, retries retry-safe requests by the {@link RetryPolicy}, reports {@link RequestEvent}s
 * and logs at DEBUG (method, path, status, time; never a header, query value or body). It is the one retry
 * loop of the SDK, sync and async: between attempts it honours {@code Retry-After} or waits the jittered
 * back-off, and before re-sending a request whose answer was lost it asks the request's {@link ResendCheck}
 * whether the lost attempt took effect; the overall deadline (or the request's {@link
 * com.annexcloud.sdk.core.RequestOptions#timeout()}) bounds all of it, checks included.
 *
 * <p>It returns the final response whatever its status: mapping error statuses to exceptions is the
 * client's job. It throws {@link TransportException} when no response arrived and
 * {@link UnreadableResponseException} when the body was over the size limit.
 */
public final class HttpPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpPipeline.class);
    /** Numbers the calls of every pipeline in the JVM, for {@link RequestEvent#callId()}. */
    private static final AtomicLong CALL_IDS = new AtomicLong();

    private final String client;
    private final String baseUri;
    /** Host and port of the base URI (never its user info), named when a connection fails. */
    private final String server;
    private final ClientOptions options;
    private final HttpTransport transport;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final RequestSigner signer;
    private final RequestPacer pacer;
    private final String userAgent;

    /**
     * Creates a pipeline.
     *
     * @param client  short client name for events and the User-Agent, such as {@code annexcloud}
     * @param baseUri the API root every request path is appended to
     */
    public HttpPipeline(String client, URI baseUri, ClientOptions options, RequestSigner signer, RequestPacer pacer) {
        this.client = Objects.requireNonNull(client, "client");
        String base = Objects.requireNonNull(baseUri, "baseUri").toString();
        this.baseUri = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.server = baseUri.getHost() + (baseUri.getPort() < 0 ? "" : ":" + baseUri.getPort());
        this.options = Objects.requireNonNull(options, "options");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.transport = options.transport().orElseGet(
                () -> JdkHttpTransport.create(options.timeouts().connect(), options.httpVersion()));
        this.userAgent = UserAgent.value(options.userAgentSuffix());
    }

    /** The options this pipeline runs with. */
    public ClientOptions options() {
        return options;
    }

    /** When a call started now with {@code requestOptions} must be over: their timeout, else the overall one. */
    public Instant deadlineFor(RequestOptions requestOptions) {
        return options.clock().instant().plus(requestOptions.timeout().orElse(options.timeouts().overall()));
    }

    /**
     * Runs the request on the calling thread.
     *
     * @throws IllegalStateException when the pipeline was closed
     */
    public TransportResponse execute(PipelineRequest request) {
        requireOpen();
        Call call = new Call(request);
        while (true) {
            sleep(call, call.prepare());
            TransportResponse response = null;
            Throwable failure = null;
            try {
                response = transport.execute(call.attempt());
            } catch (InterruptedException e) {
                throw call.interrupted("interrupted while waiting for the response", e);
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
            Outcome outcome = call.evaluate(response, failure);
            if (outcome.retryDelay() == null) {
                return outcome.result();
            }
            sleep(call, outcome.retryDelay());
            Optional<TransportResponse> settled = Futures.await(call.beforeResend(outcome));
            if (settled.isPresent()) {
                return settled.get();
            }
        }
    }

    /**
     * Runs the request without blocking the calling thread; fails with {@link IllegalStateException} when closed.
     * Cancelling the returned future ends the call: no further attempt, wait, check or resend is made, and the
     * stage under way (a wait, the check, or the attempt in flight, whose exchange the transport abandons) is
     * cancelled too.
     */
    public CompletableFuture<TransportResponse> executeAsync(PipelineRequest request) {
        try {
            requireOpen();
        } catch (IllegalStateException e) {
            return CompletableFuture.failedFuture(e);
        }
        Call call = new Call(request);
        call.result.whenComplete((response, failure) -> {
            if (call.result.isCancelled()) {
                call.cancelled();
            }
        });
        attemptAsync(call).whenComplete((response, failure) -> {
            if (failure != null) {
                call.result.completeExceptionally(Futures.unwrap(failure));
            } else {
                call.result.complete(response);
            }
        });
        return call.result;
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException(client + " client is closed");
        }
    }

    /** One attempt and what follows it; each stage is {@linkplain Call#track tracked}, so cancelling the call stops it. */
    private CompletableFuture<TransportResponse> attemptAsync(Call call) {
        Duration pace;
        try {
            call.requireNotCancelled();
            pace = call.prepare();
        } catch (SdkException | CancellationException e) {
            return CompletableFuture.failedFuture(e);
        }
        return call.track(options.sleeper().delay(pace))
                .thenCompose(ignored -> call.track(transport.executeAsync(call.requireNotCancelled().attempt())))
                .handle((response, failure) -> call.requireNotCancelled().evaluate(response, Futures.unwrap(failure)))
                .thenCompose(outcome -> outcome.retryDelay() == null
                        ? CompletableFuture.completedFuture(outcome.result())
                        : call.track(options.sleeper().delay(outcome.retryDelay()))
                                .thenCompose(ignored -> call.track(call.requireNotCancelled().beforeResend(outcome)))
                                .thenCompose(settled -> settled.isPresent()
                                        ? CompletableFuture.completedFuture(settled.get())
                                        : attemptAsync(call)));
    }

    private void sleep(Call call, Duration duration) {
        try {
            options.sleeper().sleep(duration);
        } catch (InterruptedException e) {
            throw call.interrupted("interrupted while waiting to retry", e);
        }
    }

    private URI uriOf(PipelineRequest request) {
        StringBuilder uri = new StringBuilder(baseUri).append(request.path());
        char separator = '?';
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            uri.append(separator).append(encodeQuery(parameter.getKey())).append('=')
                    .append(encodeQuery(parameter.getValue()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    private static String encodeQuery(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Marks the pipeline closed: later calls fail fast with {@link IllegalStateException}; calls under way
     * finish. It releases nothing: the default transport's {@code HttpClient} has no {@code close} on
     * JDK 17 and frees its connections when unreachable, and a transport passed in the options belongs to
     * the caller, who closes it.
     */
    @Override
    public void close() {
        closed.set(true);
    }

    /**
     * What an attempt led to: a final response, a final failure, or a retry after a delay; a retry keeps
     * the attempt's response or failure and whether its answer was lost (not a 429, which says the
     * request was refused, nor a connection that was never made).
     */
    private record Outcome(TransportResponse response, RuntimeException failure, Duration retryDelay,
                           boolean answerLost) {
        Outcome(TransportResponse response, RuntimeException failure, Duration retryDelay) {
            this(response, failure, retryDelay, false);
        }

        TransportResponse result() {
            if (failure != null) {
                throw failure;
            }
            return response;
        }
    }

    /** The state of one call across its attempts. */
    private final class Call {
        private final long id = CALL_IDS.incrementAndGet();
        private final PipelineRequest request;
        private final Instant started;
        private final Instant deadline;
        private int attempts;
        private boolean ended;
        /** The pacer's waits so far; each attempt's is added before it is sent, on the call's current thread. */
        private volatile Duration paced = Duration.ZERO;
        /** When the current attempt was sent, for the pacer. */
        private volatile Instant sentAt;
        /** Whether the current attempt failed while being signed, so nothing of it was sent. */
        private volatile boolean unsigned;
        /** What an async call returns; cancelling it cancels the {@link #stage} under way. */
        final CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        /** The stage of an async call under way: a wait, an attempt in flight or a check. */
        private volatile CompletableFuture<?> stage;

        Call(PipelineRequest request) {
            this.request = request;
            this.started = options.clock().instant();
            Instant overall = deadlineFor(request.options());
            this.deadline = request.deadline() != null && request.deadline().isBefore(overall) ? request.deadline() : overall;
            emit(RequestEvent.Kind.START, null, null, null);
        }

        /** Makes {@code next} the stage under way, cancelled at once when the call already was. */
        <T> CompletableFuture<T> track(CompletableFuture<T> next) {
            stage = next;
            if (result.isCancelled()) {
                next.cancel(true);
            }
            return next;
        }

        /** This call, unless its caller cancelled it: then a {@link CancellationException} stops the chain. */
        Call requireNotCancelled() {
            if (result.isCancelled()) {
                throw new CancellationException("the call was cancelled");
            }
            return this;
        }

        /** After the caller cancelled: cancels the stage under way and reports END with the cancellation. */
        void cancelled() {
            CompletableFuture<?> current = stage;
            if (current != null) {
                current.cancel(true);
            }
            LOG.debug("{} {} cancelled by the caller after {} attempt(s)", request.method(), request.route(), attempts);
            if (!ended) {
                end(null, new CancellationException("the call was cancelled"));
            }
        }

        /** Checks the deadline and reserves a rate-limit slot; returns the pacing wait. */
        Duration prepare() {
            Instant now = options.clock().instant();
            if (!now.isBefore(deadline)) {
                throw deadlineExceeded();
            }
            Duration wait = pacer.reserve(now, deadline).orElseThrow(this::deadlineExceeded);
            paced = paced.plus(wait);
            return wait;
        }

        /** Builds the next attempt: fresh signature, timeout bounded by the deadline. */
        TransportRequest attempt() {
            Instant now = options.clock().instant();
            Duration left = Duration.between(now, deadline);
            Duration timeout = left.compareTo(options.timeouts().perAttempt()) < 0 ? left : options.timeouts().perAttempt();
            if (timeout.isZero() || timeout.isNegative()) {
                throw deadlineExceeded();
            }
            attempts++;
            sentAt = now;
            // Signed first: a signer that fails (a token refresh refused) sent nothing, so that failure is
            // counted as an attempt but never taken for a lost answer.
            unsigned = true;
            Map<String, String> signature = signer.headers(request, now);
            unsigned = false;
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.put("User-Agent", userAgent);
            headers.put("Accept", "application/json");
            if (request.body().length > 0) {
                headers.put("Content-Type", "application/json");
            }
            headers.putAll(signature);
            // The caller's extra headers last and only where the SDK set none (names compared ignoring case).
            request.options().headers().forEach(headers::putIfAbsent);
            return new TransportRequest(request.method(), uriOf(request), headers, request.body(), timeout,
                    options.maxResponseBytes());
        }

        Outcome evaluate(TransportResponse response, Throwable failure) {
            Instant now = options.clock().instant();
            if (failure == null) {
                pacer.observe(response, sentAt, now);
                Duration delay = retryDelay(response, now);
                if (delay == null) {
                    end(response, null);
                    return new Outcome(response, null, null);
                }
                emit(RequestEvent.Kind.RETRY, response, null, delay);
                LOG.debug("{} {} answered {}; attempt {} of {}, retrying in {} ms", request.method(), request.path(),
                        response.status(), attempts, options.retryPolicy().maxAttempts(), delay.toMillis());
                return new Outcome(response, null, delay, response.status() != 429);
            }
            if (ended) {
                // The deadline ran out before the attempt was sent; that failure was already reported.
                return new Outcome(null, classify(failure), null);
            }
            if (failure instanceof RuntimeException && !(failure instanceof SdkException)) {
                // A bug or a misconfiguration (a signer or token supplier that throws): not the network's
                // fault, so it is neither wrapped as a transport failure nor retried.
                end(null, failure);
                return new Outcome(null, (RuntimeException) failure, null);
            }
            SdkException error = classify(failure);
            Duration delay = error instanceof TransportException ? backoffIfAllowed(now) : null;
            if (delay == null) {
                end(null, error);
                return new Outcome(null, error, null);
            }
            emit(RequestEvent.Kind.RETRY, null, failure, delay);
            LOG.debug("{} {} failed ({}); attempt {} of {}, retrying in {} ms", request.method(), request.path(),
                    failure.getClass().getSimpleName(), attempts, options.retryPolicy().maxAttempts(), delay.toMillis());
            return new Outcome(null, error, delay, !neverSent(failure));
        }

        /** Whether the attempt failed before anything was sent: it could not be signed, or the connection was refused or never made. */
        private boolean neverSent(Throwable failure) {
            return unsigned || failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException
                    || failure.getCause() instanceof ConnectException;
        }

        /**
         * Before a retry: asks the request's {@link ResendCheck}, when it has one and the answer was lost,
         * whether the lost attempt took effect, within the call's remaining deadline. Completes with the
         * answer that ends the call (the check's stand-in, whose END event reports the lost response's status,
         * if any, never the stand-in's), fails with {@link OutcomeUnknownException} when the check cannot
         * tell or cannot run, or completes empty to send again.
         */
        CompletableFuture<Optional<TransportResponse>> beforeResend(Outcome lost) {
            ResendCheck check = request.resendCheck();
            if (check == null || !lost.answerLost()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            CompletableFuture<Optional<TransportResponse>> settled;
            try {
                settled = check.settled(deadline);
            } catch (RuntimeException e) {
                settled = CompletableFuture.failedFuture(e);
            }
            return Futures.cancelling(settled.handle((answer, failure) -> {
                if (failure == null && answer.isEmpty()) {
                    LOG.debug("{} {}: the lost attempt did not take effect; sending again", request.method(), request.path());
                    return answer;
                }
                if (failure == null) {
                    LOG.debug("{} {}: the lost attempt took effect; not sending again", request.method(), request.path());
                    end(lost.response(), null);
                    return answer;
                }
                Throwable cause = Futures.unwrap(failure);
                LOG.debug("{} {}: cannot tell whether the lost attempt took effect ({}); not sending again",
                        request.method(), request.path(), cause.getClass().getSimpleName());
                throw unknownOutcome(lost, cause);
            }), settled);
        }

        /**
         * The call's failure when the check could not decide: it found a trace it cannot attribute ({@link
         * ResendCheck.Undecided}) or could not run at all (a failed, rate-limited or timed-out lookup). Either
         * way the lost attempt may have taken effect, so the failure is never retryable; its cause is the
         * check's failure and the lost attempt's failure is suppressed.
         */
        private OutcomeUnknownException unknownOutcome(Outcome lost, Throwable checkFailure) {
            boolean timeout = lost.failure() instanceof TransportException && ((TransportException) lost.failure()).isTimeout();
            String why = checkFailure instanceof ResendCheck.Undecided ? checkFailure.getMessage()
                    : "the check failed: " + checkFailure.getClass().getSimpleName();
            OutcomeUnknownException unknown = new OutcomeUnknownException("the answer was lost and whether the request"
                    + " took effect is unknown (" + why + "); not sent again", request.description(),
                    timeout, checkFailure);
            if (lost.failure() != null) {
                unknown.addSuppressed(lost.failure());
            }
            end(null, unknown);
            return unknown;
        }

        private Duration retryDelay(TransportResponse response, Instant now) {
            RetryPolicy policy = options.retryPolicy();
            if (!policy.retryableStatuses().contains(response.status())) {
                return null;
            }
            var retryAfter = response.header("Retry-After").flatMap(value -> RetryAfter.parse(value, now));
            if (retryAfter.isPresent()) {
                if (retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
                    return null;
                }
                return withinBudget(retryAfter.get(), now);
            }
            return backoffIfAllowed(now);
        }

        private Duration backoffIfAllowed(Instant now) {
            RetryPolicy policy = options.retryPolicy();
            Duration base = policy.backoffAfter(attempts);
            double spread = policy.jitter() * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
            return withinBudget(Duration.ofMillis(Math.max(0, Math.round(base.toMillis() * (1 + spread)))), now);
        }

        /** The delay, or null when no attempt is left or the deadline would pass during it. */
        private Duration withinBudget(Duration delay, Instant now) {
            if (!request.retrySafe() || attempts >= options.retryPolicy().maxAttempts()) {
                return null;
            }
            return now.plus(delay).isBefore(deadline) ? delay : null;
        }

        private SdkException classify(Throwable failure) {
            if (failure instanceof SdkException) {
                return (SdkException) failure;
            }
            if (failure instanceof BodyLimitExceededException) {
                return new UnreadableResponseException("response body exceeds the limit of "
                        + ((BodyLimitExceededException) failure).limit() + " bytes", request.description(), 0, failure);
            }
            if (failure instanceof HttpTimeoutException) {
                return new TransportException("attempt " + attempts + " timed out", request.description(), true, failure);
            }
            return new TransportException("request failed: " + failure.getClass().getSimpleName() + " talking to "
                    + server, request.description(), false, failure);
        }

        private TransportException deadlineExceeded() {
            TransportException error = new TransportException("deadline of " + Duration.between(started, deadline).toMillis()
                    + " ms exceeded after " + attempts + " attempt(s)", request.description(), true, null);
            end(null, error);
            return error;
        }

        /**
         * Ends the call on an interrupt: restores the thread's flag and reports END with the failure, so a
         * listener pairing START with END (an open span or observation) is never left waiting.
         */
        TransportException interrupted(String message, InterruptedException cause) {
            Thread.currentThread().interrupt();
            TransportException failure = new TransportException(message, request.description(), false, cause);
            end(null, failure);
            return failure;
        }

        private void end(TransportResponse response, Throwable failure) {
            ended = true;
            LOG.debug("{} {} -> {} in {} ms ({} attempt(s))", request.method(), request.route(),
                    response == null ? "failure" : response.status(), elapsed().toMillis(), attempts);
            emit(RequestEvent.Kind.END, response, failure, null);
        }

        private Duration elapsed() {
            return Duration.between(started, options.clock().instant());
        }

        private void emit(RequestEvent.Kind kind, TransportResponse response, Throwable failure, Duration delay) {
            ImmutableRequestEvent.Builder event = ImmutableRequestEvent.builder()
                    .kind(kind).callId(id).client(client).request(request.description()).route(request.route())
                    .attempt(Math.max(1, attempts)).elapsed(elapsed()).paced(paced)
                    .delay(Optional.ofNullable(delay))
                    .failure(Optional.ofNullable(failure));
            if (response != null) {
                event.status(response.status());
            }
            try {
                options.listener().onEvent(event.build());
            } catch (RuntimeException e) {
                LOG.debug("request listener failed; ignored", e);
            }
        }
    }
}
