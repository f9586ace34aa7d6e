package com.annexcloud.sdk.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One fault of the matrix. Sandbox faults ({@code failNext}, {@code delay}) disturb the emulator itself;
 * WireMock faults answer in place of the emulator, from a WireMock server that proxies every other request
 * to it; a refused connection points the client at a port nothing listens on. Each fault hits the first
 * matching request only, except a refused connection, which refuses every attempt.
 */
enum Fault {
    CONNECTION_REFUSED(Kind.REFUSED),
    RESET_MID_BODY(Kind.TRANSIENT),
    TIMEOUT(Kind.TRANSIENT),
    RATE_LIMITED_WITH_RETRY_AFTER(Kind.TRANSIENT),
    RATE_LIMITED_WITHOUT_RETRY_AFTER(Kind.TRANSIENT),
    HTTP_500(Kind.TRANSIENT),
    HTTP_502(Kind.TRANSIENT),
    HTTP_503(Kind.TRANSIENT),
    HTTP_504(Kind.TRANSIENT),
    HTML_BODY(Kind.UNREADABLE),
    TRUNCATED_JSON(Kind.UNREADABLE),
    HUGE_BODY(Kind.UNREADABLE),
    WRONG_CONTENT_TYPE(Kind.UNREADABLE);

    /** How long the sandbox holds a request of the {@link #TIMEOUT} fault: far past the attempt timeout. */
    static final Duration HELD_FOR = Duration.ofSeconds(3);
    /** The {@code Retry-After} WireMock sends; the Gorgias sandbox sends 1 second. */
    static final int WIREMOCK_RETRY_AFTER_SECONDS = 2;
    /** 10 MiB: over the 4 MiB default response limit. */
    private static final byte[] HUGE = hugeJson((int) (4 * FaultBench.MAX_RESPONSE_BYTES));

    /** The broad class of a fault, which decides what the SDK promises for it. */
    enum Kind {
        /** Nothing listens: every attempt fails to connect. */
        REFUSED,
        /** One attempt fails without a usable answer or with a retryable status. */
        TRANSIENT,
        /** A 200 whose body cannot be read as the expected JSON. */
        UNREADABLE
    }

    final Kind kind;

    Fault(Kind kind) {
        this.kind = kind;
    }

    /** The HTTP status this fault answers with, for the status faults. */
    Optional<Integer> status() {
        switch (this) {
            case RATE_LIMITED_WITH_RETRY_AFTER:
            case RATE_LIMITED_WITHOUT_RETRY_AFTER:
                return Optional.of(429);
            case HTTP_500:
                return Optional.of(500);
            case HTTP_502:
                return Optional.of(502);
            case HTTP_503:
                return Optional.of(503);
            case HTTP_504:
                return Optional.of(504);
            default:
                return Optional.empty();
        }
    }

    /**
     * Whether the sandbox itself injects this fault on the given emulator ({@code failNext} or {@code delay});
     * otherwise WireMock answers in its place. The Annex Cloud emulator's 429 has no {@code Retry-After} and
     * the Gorgias emulator's always has one, so each 429 variant comes from whichever matches.
     */
    boolean injectedBySandbox(Target.Api api) {
        switch (this) {
            case TIMEOUT:
            case HTTP_500:
            case HTTP_502:
            case HTTP_503:
            case HTTP_504:
                return true;
            case RATE_LIMITED_WITH_RETRY_AFTER:
                return api == Target.Api.GORGIAS;
            case RATE_LIMITED_WITHOUT_RETRY_AFTER:
                return api == Target.Api.ANNEX_CLOUD;
            default:
                return false;
        }
    }

    /** The wait a 429 with {@code Retry-After} demands on the given emulator. */
    Optional<Duration> retryAfter(Target.Api api) {
        if (this != RATE_LIMITED_WITH_RETRY_AFTER) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(injectedBySandbox(api) ? 1 : WIREMOCK_RETRY_AFTER_SECONDS));
    }

    /** The response WireMock answers with in place of the emulator. */
    ResponseDefinitionBuilder wireMockResponse(Target.Api api) {
        String errorBody = api == Target.Api.ANNEX_CLOUD
                ? "{\"errorCode\":\"AC1001\",\"errorMessage\":\"Oops! Something went wrong.\"}"
                : "{\"error\":{\"msg\":\"Too many requests.\",\"data\":{}}}";
        switch (this) {
            case RESET_MID_BODY:
                return aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK);
            case RATE_LIMITED_WITH_RETRY_AFTER:
                return json(429, errorBody).withHeader("Retry-After", Integer.toString(WIREMOCK_RETRY_AFTER_SECONDS));
            case RATE_LIMITED_WITHOUT_RETRY_AFTER:
                return json(429, errorBody);
            case HTML_BODY:
                return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody("<!DOCTYPE html><html><body><h1>Service temporarily unavailable</h1></body></html>");
            case TRUNCATED_JSON:
                return json(200, "{\"id\":\"john.doe@example.com\",\"availablePoints\":\"66");
            case HUGE_BODY:
                return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(HUGE);
            case WRONG_CONTENT_TYPE:
                return aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                        .withBody("{\"id\":\"john.doe@example.com\",\"email\":\"john.doe@example.com\"}");
            default:
                throw new IllegalStateException(this + " is not answered by WireMock");
        }
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static byte[] hugeJson(int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'x');
        byte[] head = "{\"pad\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }
}
