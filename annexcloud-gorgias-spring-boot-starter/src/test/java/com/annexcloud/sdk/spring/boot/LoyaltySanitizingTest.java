package com.annexcloud.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.sandbox.Sandbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;

/** The starter's secrets stay masked in /actuator/configprops and /actuator/env even with show-values=always. */
class LoyaltySanitizingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void configpropsAndEnvMaskTheSecretsButShowTheRest() {
        Sandbox sandbox = Sandbox.shared();
        String annexSecret = sandbox.annexCloud().secret().reveal();
        String gorgiasKey = sandbox.gorgias().apiKey().reveal();
        SandboxContexts.onSandbox()
                .withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
                        ConfigurationPropertiesReportEndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class,
                        LoyaltySanitizingAutoConfiguration.class))
                .withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=configprops,env",
                        "management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
                        // The example app's environment variables, as they appear in the env endpoint.
                        "ANNEXCLOUD_SECRET=env-annex-secret-4711", "GORGIAS_API_KEY=env-gorgias-key-4711",
                        "BRIDGE_TOKEN=env-bridge-token-4711")
                .run(context -> {
                    String configprops = JSON.writeValueAsString(
                            context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
                    String env = JSON.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));

                    assertThat(configprops).contains("******", sandbox.annexCloud().siteId(), sandbox.gorgias().email())
                            .doesNotContain(annexSecret, gorgiasKey, SandboxContexts.BRIDGE_TOKEN);
                    assertThat(env).contains("******", sandbox.annexCloud().siteId())
                            .doesNotContain(annexSecret, gorgiasKey, SandboxContexts.BRIDGE_TOKEN,
                                    "env-annex-secret-4711", "env-gorgias-key-4711", "env-bridge-token-4711");
                });
    }

    @Test
    void theSecretKeysAreRecognisedInEverySpelling() {
        assertThat(com.annexcloud.sdk.spring.boot.internal.SecretKeys.isSecret("gorgias.apiKey")).isTrue();
        assertThat(com.annexcloud.sdk.spring.boot.internal.SecretKeys.isSecret("GORGIAS_API_KEY")).isTrue();
        assertThat(com.annexcloud.sdk.spring.boot.internal.SecretKeys.isSecret("loyalty.bridge-token")).isTrue();
        assertThat(com.annexcloud.sdk.spring.boot.internal.SecretKeys.isSecret("annexcloud.site-id")).isFalse();
        assertThat(com.annexcloud.sdk.spring.boot.internal.SecretKeys.isSecret("gorgias.email")).isFalse();
    }
}
