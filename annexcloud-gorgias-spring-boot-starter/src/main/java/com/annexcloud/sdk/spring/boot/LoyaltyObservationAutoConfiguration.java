package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.bridge.CardCacheListener;
import com.annexcloud.sdk.core.RequestListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Observes every client call ({@link ObservationRequestListener}) and card cache lookup
 * ({@link ObservationCardCacheListener}) through Micrometer when an {@link ObservationRegistry} is in the
 * context (Spring Boot Actuator provides one), and counts sync progress ({@link MeterSyncListener}) when a
 * {@link MeterRegistry} is.
 */
@AutoConfiguration(before = LoyaltyAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(ObservationRegistry.class)
public class LoyaltyObservationAutoConfiguration {

    /** The clients' request listener. */
    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnMissingBean(RequestListener.class)
    public ObservationRequestListener loyaltyObservationRequestListener(ObservationRegistry registry) {
        return new ObservationRequestListener(registry);
    }

    /** The bridge's card cache listener (it hears lookups only while {@code loyalty.cache-ttl} is set). */
    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnMissingBean(CardCacheListener.class)
    public ObservationCardCacheListener loyaltyObservationCardCacheListener(ObservationRegistry registry) {
        return new ObservationCardCacheListener(registry);
    }

    /** Sync progress counters, only where micrometer-core is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class SyncMetrics {

        /** Counts sync items by outcome, beside (never instead of) the application's own {@code SyncListener}. */
        @Bean
        @ConditionalOnBean(MeterRegistry.class)
        @ConditionalOnMissingBean(MeterSyncListener.class)
        MeterSyncListener loyaltyMeterSyncListener(MeterRegistry registry) {
            return new MeterSyncListener(registry);
        }
    }
}
