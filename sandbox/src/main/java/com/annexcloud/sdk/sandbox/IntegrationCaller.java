package com.annexcloud.sdk.sandbox;

import com.annexcloud.sdk.sandbox.internal.LoopbackHttpCaller;
import java.io.IOException;
import java.time.Duration;

/**
 * How the Gorgias emulator sends the calls of HTTP integrations ({@code Sandbox.Builder.gorgiasIntegrationCaller}).
 * Tests give a lambda that answers in-process, without a network; the default, {@link #loopbackHttp(Duration)},
 * sends real HTTP requests, but only to this machine.
 */
@FunctionalInterface
public interface IntegrationCaller {
    /**
     * Sends one call and answers the reply.
     *
     * @throws IOException when there is no reply (the emulator records it as the call's failure)
     */
    IntegrationReply call(IntegrationRequest request) throws IOException, InterruptedException;

    /**
     * Real HTTP calls with this time-out, to loopback hosts only ({@code localhost}, {@code 127.0.0.0/8},
     * {@code [::1]}): a call to any other host fails without leaving the machine, so a sandbox never calls
     * out, whatever URL an integration names.
     */
    static IntegrationCaller loopbackHttp(Duration timeout) {
        return new LoopbackHttpCaller(timeout);
    }
}
