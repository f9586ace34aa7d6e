package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.core.RequestListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Observes every client call through Micrometer ({@link ObservationRequestListener}) when an
 * {@link ObservationRegistry} is in the context (Spring Boot Actuator provides one).
 */
@AutoConfiguration(before = LoyaltyAutoConfiguration.class,
        afterName = "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
public class LoyaltyObservationAutoConfiguration {

    /** The clients' request listener. */
    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnMissingBean(RequestListener.class)
    public ObservationRequestListener loyaltyObservationRequestListener(ObservationRegistry registry) {
        return new ObservationRequestListener(registry);
    }
}
