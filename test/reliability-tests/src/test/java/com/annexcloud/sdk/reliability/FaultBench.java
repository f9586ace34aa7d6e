package com.annexcloud.sdk.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RequestEvent;
import com.annexcloud.sdk.core.Timeouts;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Faults;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One cell's world: a sandbox with the sample data on virtual time, clients of both APIs and a bridge,
 * and the fault of the cell armed on the operation's target request. Counts the attempts the clients made
 * on the target. Close it after the cell.
 */
final class FaultBench implements AutoCloseable {
    /** Each attempt may take this long; the {@link Fault#TIMEOUT} fault holds requests far longer. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(1);
    /**
     * The clients' response cap here, far below the default 4 MiB: {@link Fault#HUGE_BODY} then crosses it in
     * a few hundred KiB, so the cell tests the cap and not whether a loaded machine streams 4 MiB within
     * {@link #ATTEMPT_TIMEOUT}.
     */
    static final long MAX_RESPONSE_BYTES = 256 * 1024;

    final ManualTime time = ManualTime.create();
    final Sandbox sandbox = Sandbox.builder().data(SandboxData.sample()).clock(time.clock()).start();
    final AnnexCloudClient annex;
    final GorgiasClient gorgias;
    final LoyaltyBridge bridge;
    final int initialMembers = sandbox.annexCloud().memberCount();
    final int initialCustomers = sandbox.gorgias().customers().size();
    private final AtomicInteger targetAttempts = new AtomicInteger();
    private final AtomicBoolean delayCleared = new AtomicBoolean();

    FaultBench(Target target, Fault fault, WireMockExtension wireMock) {
        URI annexUri = sandbox.annexCloud().baseUri();
        URI gorgiasUri = sandbox.gorgias().baseUri();
        Faults faults = target.api() == Target.Api.ANNEX_CLOUD ? sandbox.annexCloud().faults() : sandbox.gorgias().faults();
        URI faulty;
        if (fault == Fault.CONNECTION_REFUSED) {
            faulty = URI.create("http://127.0.0.1:" + unusedPort() + target.api().basePath);
        } else if (fault.injectedBySandbox(target.api())) {
            faulty = target.api() == Target.Api.ANNEX_CLOUD ? annexUri : gorgiasUri;
            if (fault == Fault.TIMEOUT) {
                faults.delay(target.method(), target.pathRegex(), Fault.HELD_FOR);
            } else {
                faults.failNext(target.method(), target.pathRegex(), fault.status().orElseThrow(), 1);
            }
        } else {
            proxyTo(wireMock, Target.Api.ANNEX_CLOUD, annexUri, 5);   // before the Gorgias route: /api/3.0 is under /api
            proxyTo(wireMock, Target.Api.GORGIAS, gorgiasUri, 10);
            wireMock.stubFor(request(target.method(), urlPathMatching(target.wireMockPathRegex())).atPriority(1)
                    .inScenario("fault").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("spent")
                    .willReturn(fault.wireMockResponse(target.api())));
            faulty = URI.create(wireMock.baseUrl() + target.api().basePath);
        }
        ClientOptions options = ClientOptions.builder()
                .httpVersion(HttpClient.Version.HTTP_1_1)
                .clock(time.clock()).sleeper(time)
                .timeouts(Timeouts.builder().connect(ATTEMPT_TIMEOUT).perAttempt(ATTEMPT_TIMEOUT).build())
                .maxResponseBytes(MAX_RESPONSE_BYTES)
                .listener(event -> observe(event, target, faults))
                .build();
        annex = AnnexCloudClient.builder()
                .baseUri(target.api() == Target.Api.ANNEX_CLOUD ? faulty : annexUri)
                .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret())
                .options(options).build();
        gorgias = GorgiasClient.builder()
                .baseUri(target.api() == Target.Api.GORGIAS ? faulty : gorgiasUri)
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey())
                .options(options).build();
        bridge = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build();
    }

    /** How many attempts the clients made on the target request. */
    int targetAttempts() {
        return targetAttempts.get();
    }

    /**
     * Counts attempts on the target; after its first failed attempt, lifts a held-request delay so that
     * the fault stays transient like the others (the held request still lands, late).
     */
    private void observe(RequestEvent event, Target target, Faults faults) {
        if (!target.matches(event.request())) {
            return;
        }
        if (event.kind() != RequestEvent.Kind.END) {
            targetAttempts.incrementAndGet();
        }
        if (event.kind() != RequestEvent.Kind.START && event.failure().isPresent() && delayCleared.compareAndSet(false, true)) {
            faults.clear();
        }
    }

    private static void proxyTo(WireMockExtension wireMock, Target.Api api, URI emulator, int priority) {
        String origin = emulator.getScheme() + "://" + emulator.getAuthority();
        wireMock.stubFor(any(urlPathMatching(java.util.regex.Pattern.quote(api.basePath) + "/.*")).atPriority(priority)
                .willReturn(aResponse().proxiedFrom(origin)));
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        annex.close();
        gorgias.close();
        sandbox.close();
    }
}
