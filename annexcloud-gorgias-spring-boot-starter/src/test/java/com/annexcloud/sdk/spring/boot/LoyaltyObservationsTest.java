package com.annexcloud.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every client call and card cache lookup becomes an observation, tagged by vendor and route template, never
 * by id or email.
 */
class LoyaltyObservationsTest {
    private static final String MEMBER = "john.doe@example.com";

    @BeforeEach
    void reset() {
        Sandbox.shared().reset();
    }

    @Test
    void observesEachCallByVendorAndRouteWithoutIdsOrEmails() {
        Sandbox sandbox = Sandbox.shared();
        long customerId = sandbox.gorgias().customers().get(0).id().orElseThrow();
        SandboxContexts.onSandbox().withUserConfiguration(Observed.class).run(context -> {
            TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
            sandbox.annexCloud().faults().failNext("GET", "/points/.*", 503, 1);
            sandbox.gorgias().faults().failNext("GET", "/customers/.*", 429, 1);

            context.getBean(LoyaltyBridge.class).lookup(MEMBER);
            context.getBean(GorgiasClient.class).customers().get(customerId);

            List<Observation.Context> observed = context.getBean(RecordedEvents.class).stopped;
            assertThat(observed).extracting(c -> c.getLowCardinalityKeyValue("route").getValue())
                    .contains("/users/{id}", "/points/{id}", "/users/{id}/tiers", "/customers/{id}");
            assertThat(observed).allSatisfy(c -> {
                assertThat(c.getName()).isEqualTo(ObservationRequestListener.NAME);   // the cache is off by default
                assertThat(c.getLowCardinalityKeyValue("vendor").getValue()).isIn("annexcloud", "gorgias");
                assertThat(c.getHighCardinalityKeyValues()).isEmpty();
                Stream.concat(Stream.of(c.getContextualName()),
                                c.getLowCardinalityKeyValues().stream().map(KeyValue::getValue))
                        .forEach(value -> assertThat(value).doesNotContain("@", "john", Long.toString(customerId),
                                "%40"));
            });
            assertThat(registry).hasObservationWithNameEqualTo(ObservationRequestListener.NAME)
                    .that().hasBeenStarted().hasBeenStopped();
            assertThat(observed).filteredOn(c -> c.getLowCardinalityKeyValue("route").getValue().equals("/points/{id}"))
                    .singleElement().satisfies(c -> assertThat(c.getLowCardinalityKeyValue("status").getValue()).isEqualTo("200"));
            assertThat(context.getBean(ObservationRequestListener.class).inFlight()).isZero();
        });
    }

    @Test
    void retriesAndRateLimitsAreObservationEvents() {
        ManualTime time = ManualTime.startingAt(Instant.now());
        try (Sandbox sandbox = Sandbox.builder().data(SandboxData.sample()).clock(time.clock()).start()) {
            long customerId = sandbox.gorgias().customers().get(0).id().orElseThrow();
            onManualTime(sandbox, time).run(context -> {
                TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
                RecordedEvents events = context.getBean(RecordedEvents.class);
                sandbox.gorgias().faults().failNext("GET", "/customers/.*", 429, 1);
                sandbox.gorgias().faults().failNext("GET", "/customers/.*", 503, 1);

                context.getBean(GorgiasClient.class).customers().get(customerId);

                assertThat(events.names).containsExactly("rate-limited", "retry");
                assertThat(registry).hasSingleObservationThat().hasLowCardinalityKeyValue("outcome", "SUCCESS")
                        .hasLowCardinalityKeyValue("error", "none").hasLowCardinalityKeyValue("paced", "false");
            });
        }
    }

    @Test
    void aCallThatWaitedForThePacerIsTaggedPaced() {
        ManualTime time = ManualTime.startingAt(Instant.now());
        try (Sandbox sandbox = Sandbox.builder().data(SandboxData.sample()).clock(time.clock()).start()) {
            long customerId = sandbox.gorgias().customers().get(0).id().orElseThrow();
            onManualTime(sandbox, time).run(context -> {
                RecordedEvents events = context.getBean(RecordedEvents.class);
                GorgiasClient gorgias = context.getBean(GorgiasClient.class);

                for (int i = 0; i < 41; i++) {   // the API-key budget is 40 calls per 20 s
                    gorgias.customers().get(customerId);
                }

                assertThat(events.stopped).hasSize(41);
                assertThat(events.stopped.subList(0, 40)).allSatisfy(c ->
                        assertThat(c.getLowCardinalityKeyValue("paced").getValue()).isEqualTo("false"));
                assertThat(events.stopped.get(40).getLowCardinalityKeyValue("paced").getValue()).isEqualTo("true");
                assertThat(events.names).containsExactly("paced");
                assertThat(time.totalSlept()).isPositive();
            });
        }
    }

    @Test
    void cardCacheLookupsAreObservedAsHitsAndMisses() {
        SandboxContexts.onSandbox().withUserConfiguration(Observed.class).withPropertyValues("loyalty.cache-ttl=1m")
                .run(context -> {
                    TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
                    LoyaltyBridge bridge = context.getBean(LoyaltyBridge.class);

                    bridge.lookup(MEMBER);
                    bridge.lookup(MEMBER);

                    List<String> results = context.getBean(RecordedEvents.class).stopped.stream()
                            .filter(c -> c.getName().equals(ObservationCardCacheListener.NAME))
                            .map(c -> c.getLowCardinalityKeyValue("result").getValue()).toList();
                    assertThat(results).containsExactly("miss", "hit");
                    assertThat(registry).hasObservationWithNameEqualTo(ObservationCardCacheListener.NAME);
                });
    }

    /** The starter, observed, on a sandbox of its own whose clock is the clients' manual time. */
    private static ApplicationContextRunner onManualTime(Sandbox sandbox, ManualTime time) {
        return SandboxContexts.on(sandbox).withUserConfiguration(Observed.class)
                .withBean("clientOptions", ClientOptions.class,
                        () -> ClientOptions.builder().clock(time.clock()).sleeper(time).build());
    }

    @Test
    void aFailedCallIsTaggedByErrorTypeOnly() {
        SandboxContexts.onSandbox().withUserConfiguration(Observed.class)
                .withPropertyValues("annexcloud.secret=wrong-secret").run(context -> {
                    TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);

                    assertThat(context.getBean(LoyaltyBridge.class).lookupAsync(
                            com.annexcloud.sdk.bridge.model.TicketCustomer.of(MEMBER))).failsWithin(java.time.Duration.ofSeconds(10));

                    assertThat(registry).hasObservationWithNameEqualTo(ObservationRequestListener.NAME)
                            .that().hasLowCardinalityKeyValue("status", "401")
                            .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                            .hasLowCardinalityKeyValue("error", "none");   // an answer, not a failure
                });
    }

    @Test
    void anInterruptedCallStopsItsObservationTaggedWithTheError() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        ObservationRequestListener listener = new ObservationRequestListener(registry);
        Sandbox sandbox = Sandbox.shared();
        try (AnnexCloudClient annex = AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri())
                .siteId(sandbox.annexCloud().siteId()).secret(sandbox.annexCloud().secret())
                .options(ClientOptions.builder().listener(listener).build()).build()) {
            Thread.currentThread().interrupt();   // the JDK client's send() then throws InterruptedException
            assertThatThrownBy(() -> annex.users().get(MEMBER)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("interrupted");
        } finally {
            Thread.interrupted();
        }

        assertThat(listener.inFlight()).isZero();
        assertThat(registry).hasSingleObservationThat().hasBeenStopped()
                .hasLowCardinalityKeyValue("error", "TransportException")
                .hasLowCardinalityKeyValue("outcome", "IO_ERROR");
    }

    /** A test registry with a handler recording observation events, and the sandbox's retries on manual time. */
    @Configuration(proxyBeanMethods = false)
    static class Observed {
        @Bean
        RecordedEvents recordedEvents() {
            return new RecordedEvents();
        }

        @Bean
        TestObservationRegistry observationRegistry(RecordedEvents events) {
            TestObservationRegistry registry = TestObservationRegistry.create();
            registry.observationConfig().observationHandler(events);
            return registry;
        }

        /** Back-off and Retry-after waits pass on manual time (the shared sandbox runs on the system clock). */
        @Bean
        @ConditionalOnMissingBean
        ClientOptions clientOptions() {
            return ClientOptions.builder().sleeper(ManualTime.startingAt(Instant.EPOCH)).build();
        }
    }

    /** Keeps the names of the observation events and the contexts of stopped observations. */
    static final class RecordedEvents implements io.micrometer.observation.ObservationHandler<Observation.Context> {
        final List<String> names = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Observation.Context> stopped = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void onStop(Observation.Context context) {
            stopped.add(context);
        }

        @Override
        public void onEvent(Observation.Event event, Observation.Context context) {
            names.add(event.getName());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }
}
