package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code loyalty} health indicator ({@link LoyaltyHealthIndicator}), when Spring Boot Actuator is on the
 * class path; {@code management.health.loyalty.enabled=false} turns it off.
 */
@AutoConfiguration(after = LoyaltyAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnEnabledHealthIndicator("loyalty")
public class LoyaltyHealthAutoConfiguration {

    /** The health indicator, named {@code loyalty}. */
    @Bean
    @ConditionalOnBean({AnnexCloudClient.class, GorgiasClient.class})
    @ConditionalOnMissingBean(name = "loyaltyHealthIndicator")
    public LoyaltyHealthIndicator loyaltyHealthIndicator(AnnexCloudClient annexCloud, GorgiasClient gorgias) {
        return new LoyaltyHealthIndicator(annexCloud, gorgias);
    }
}
