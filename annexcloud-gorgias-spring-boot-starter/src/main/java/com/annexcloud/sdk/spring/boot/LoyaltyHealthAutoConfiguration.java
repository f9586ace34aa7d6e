package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RequestListener;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code loyalty} health indicator ({@link LoyaltyHealthIndicator}), when Spring Boot Actuator is on the
 * class path, probing with clients of its own that never retry; {@code management.health.loyalty.enabled=false}
 * turns it off.
 */
@AutoConfiguration(after = LoyaltyAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnEnabledHealthIndicator("loyalty")
public class LoyaltyHealthAutoConfiguration {

    /** The clients the indicator probes with (no retries, {@code loyalty.health-timeout}); see {@link LoyaltyHealthProbes}. */
    @Bean(destroyMethod = "close")
    @ConditionalOnBean(AnnexCloudClient.class)
    @ConditionalOnMissingBean(name = "loyaltyHealthIndicator")
    LoyaltyHealthProbes loyaltyHealthProbes(AnnexCloudClient annexCloud, ObjectProvider<GorgiasClient> gorgias,
                                            AnnexCloudProperties annexProperties, GorgiasProperties gorgiasProperties,
                                            LoyaltyProperties properties, ObjectProvider<ClientOptions> options,
                                            ObjectProvider<RequestListener> listener) {
        return new LoyaltyHealthProbes(annexCloud, Optional.ofNullable(gorgias.getIfAvailable()), annexProperties, gorgiasProperties,
                LoyaltyAutoConfiguration.options(options, listener), properties.getHealthTimeout());
    }

    /**
     * The health indicator, named {@code loyalty}, reusing a result for {@code loyalty.health-cache-ttl}; it
     * checks Gorgias only when there is a Gorgias client.
     */
    @Bean
    @ConditionalOnBean(LoyaltyHealthProbes.class)
    @ConditionalOnMissingBean(name = "loyaltyHealthIndicator")
    public LoyaltyHealthIndicator loyaltyHealthIndicator(LoyaltyHealthProbes probes, LoyaltyProperties properties) {
        return probes.gorgias()
                .map(gorgias -> new LoyaltyHealthIndicator(probes.annexCloud(), gorgias, properties.getHealthCacheTtl(),
                        Clock.systemUTC()))
                .orElseGet(() -> new LoyaltyHealthIndicator(probes.annexCloud(), properties.getHealthCacheTtl(),
                        Clock.systemUTC()));
    }
}
