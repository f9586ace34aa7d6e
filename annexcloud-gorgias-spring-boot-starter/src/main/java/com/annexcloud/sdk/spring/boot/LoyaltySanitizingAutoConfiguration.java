package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.spring.boot.internal.SecretKeys;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot Actuator on the class path: masks the starter's secrets in the {@code configprops} and
 * {@code env} endpoints, whatever their {@code show-values} setting ({@code annexcloud.secret},
 * {@code gorgias.api-key}, {@code loyalty.bridge-token} and the environment variables {@code ANNEXCLOUD_SECRET},
 * {@code GORGIAS_API_KEY}, {@code BRIDGE_TOKEN}, in any of Spring's relaxed spellings).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class LoyaltySanitizingAutoConfiguration {

    /** The function masking the starter's secrets; define a bean of this name to replace it. */
    @Bean
    @ConditionalOnMissingBean(name = "loyaltySecretsSanitizer")
    public SanitizingFunction loyaltySecretsSanitizer() {
        return data -> SecretKeys.isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }
}
