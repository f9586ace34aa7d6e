package com.annexcloud.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.GorgiasInstaller;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class LoyaltyAutoConfigurationTest {

    @BeforeEach
    void reset() {
        Sandbox.shared().reset();
    }

    @Test
    void buildsBothClientsTheBridgeAndTheEndpointThatServeACard() {
        SandboxContexts.onSandbox().run(context -> {
            assertThat(context).hasSingleBean(AnnexCloudClient.class).hasSingleBean(GorgiasClient.class)
                    .hasSingleBean(LoyaltyBridge.class).hasSingleBean(LoyaltySync.class).hasSingleBean(WidgetEndpoint.class)
                    .hasSingleBean(GorgiasInstaller.class).doesNotHaveBean(ServletRegistrationBean.class);
            LoyaltyCard card = context.getBean(LoyaltyBridge.class).lookup("john.doe@example.com");
            assertThat(card.member()).isTrue();
            assertThat(card.points().flatMap(p -> p.available())).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6656"));
        });
    }

    @Test
    void closesTheClientsItCreatesWithTheContext() {
        SandboxContexts.onSandbox().run(context -> {
            var factory = context.getBeanFactory();
            assertThat(factory.getBeanDefinition("annexCloudClient").getDestroyMethodName()).isEqualTo("close");
            assertThat(factory.getBeanDefinition("gorgiasClient").getDestroyMethodName()).isEqualTo("close");
        });
    }

    @Test
    void everyBeanBacksOffForTheApplicationsOwn() {
        SandboxContexts.onSandbox().withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context.getBean(AnnexCloudClient.class)).isSameAs(context.getBean("ownAnnex"));
            assertThat(context.getBean(WidgetEndpoint.class)).isSameAs(context.getBean("ownEndpoint"));
            assertThat(context.getBean(LoyaltySync.class)).isSameAs(context.getBean("ownSync"));
            assertThat(context).hasSingleBean(AnnexCloudClient.class).hasSingleBean(WidgetEndpoint.class)
                    .hasSingleBean(LoyaltySync.class);
        });
    }

    @Test
    void aBridgeNotMadeByTheBuilderStillStartsAndItsSyncSaysWhyWhenCalled() {
        SandboxContexts.onSandbox().withUserConfiguration(ProxiedBridge.class).run(context -> {
            assertThat(context).hasNotFailed();
            LoyaltySync sync = context.getBean(LoyaltySync.class);
            assertThatThrownBy(() -> sync.gorgiasToAnnexCloud(SyncOptions.defaults()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("LoyaltyBridge.builder()")
                    .hasMessageContaining("declare a LoyaltySync bean of your own");
        });
    }

    @Test
    void theSyncKeepsItsCheckpointsInTheApplicationsCheckpointStore() {
        SandboxContexts.onSandbox().withUserConfiguration(OwnCheckpoints.class).run(context -> {
            RecordingCheckpoints store = context.getBean(RecordingCheckpoints.class);
            context.getBean(LoyaltySync.class)
                    .annexCloudToGorgias(List.of("john.doe@example.com").iterator(), SyncOptions.defaults());
            assertThat(store.jobsLoaded).isNotEmpty();
        });
    }

    @Test
    void aMissingSettingFailsStartupNamingTheProperty() {
        Sandbox sandbox = Sandbox.shared();
        SandboxContexts.bare().withPropertyValues("annexcloud.site-id=123456", "annexcloud.base-url=" + sandbox.annexCloud().baseUri())
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("annexcloud.secret must be set"));
        SandboxContexts.onSandbox().withPropertyValues("gorgias.email=").run(context ->
                assertThat(context).getFailure().rootCause().hasMessage("gorgias.email must be set"));
        SandboxContexts.onSandbox().withPropertyValues("loyalty.bridge-token= ").run(context ->
                assertThat(context).getFailure().rootCause().hasMessage("loyalty.bridge-token must be set"));
        SandboxContexts.onSandbox().withPropertyValues("gorgias.account=acme").run(context ->
                assertThat(context).getFailure().rootCause().hasMessage("set one of gorgias.base-url and gorgias.account"));
        SandboxContexts.onSandbox().withPropertyValues("annexcloud.base-url=not a url").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageStartingWith("annexcloud.base-url must be"));
        SandboxContexts.onSandbox().withPropertyValues("loyalty.path=gorgias").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("loyalty.path is invalid: path must start with '/'"));
    }

    @Test
    void badLoyaltySettingsFailNamingTheirOwnProperty() {
        SandboxContexts.onSandbox().withPropertyValues("loyalty.cache-ttl=1m", "loyalty.cache-max-entries=0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessage("loyalty.cache-max-entries must be at least 1"));
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(LoyaltyAutoConfiguration.class))
                .withPropertyValues(SandboxContexts.onSandboxProperties()).withPropertyValues("loyalty.path=/x/")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("loyalty.path is invalid"));
    }

    @Test
    void startupCanVerifyTheCredentialsAndFailsNamingThePropertiesNotTheSecret() {
        SandboxContexts.onSandbox().withPropertyValues("loyalty.verify-credentials-at-startup=true")
                .run(context -> assertThat(context).hasNotFailed().hasBean("loyaltyCredentialsCheck"));
        SandboxContexts.onSandbox()
                .withPropertyValues("loyalty.verify-credentials-at-startup=true", "annexcloud.secret=wrong-annex-secret-4711")
                .run(context -> assertThat(context).getFailure().isInstanceOf(IllegalStateException.class)
                        .hasMessage("Annex Cloud did not accept annexcloud.site-id and annexcloud.secret: "
                                + "AnnexCloudUnauthorizedException (HTTP 401) AC1002")
                        .hasMessageNotContaining("wrong-annex-secret-4711"));
        SandboxContexts.onSandbox()
                .withPropertyValues("loyalty.verify-credentials-at-startup=true", "gorgias.api-key=wrong-key")
                .run(context -> assertThat(context).getFailure().isInstanceOf(IllegalStateException.class)
                        .hasMessage("Gorgias did not accept gorgias.email and gorgias.api-key: "
                                + "GorgiasUnauthorizedException (HTTP 401)"));
        SandboxContexts.onSandbox().withPropertyValues("annexcloud.secret=wrong-annex-secret-4711")
                .run(context -> assertThat(context).as("off by default").hasNotFailed()
                        .doesNotHaveBean("loyaltyCredentialsCheck"));
    }

    @Test
    void secretsNeverShowInThePropertiesOrTheFailures() {
        Sandbox sandbox = Sandbox.shared();
        SandboxContexts.onSandbox().run(context -> {
            String all = context.getBean(AnnexCloudProperties.class) + " " + context.getBean(GorgiasProperties.class)
                    + " " + context.getBean(LoyaltyProperties.class);
            assertThat(all).contains("[redacted]").doesNotContain(sandbox.annexCloud().secret().reveal(),
                    sandbox.gorgias().apiKey().reveal(), SandboxContexts.BRIDGE_TOKEN);
        });
        SandboxContexts.onSandbox().withPropertyValues("annexcloud.site-id=").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("annexcloud.site-id must be set")
                        .satisfies(failure -> assertThat(stackTrace(failure))
                                .doesNotContain(sandbox.annexCloud().secret().reveal())));
    }

    @Test
    void anInvalidBaseUrlFailsWithoutShowingItsValue() {
        // Absolute but refused by the builders (a query string): their message quotes the URL.
        String annexUrl = "https://user:url-password-4711@api.socialannex.com/api/3.0?token=url-token-4711";
        SandboxContexts.onSandbox().withPropertyValues("annexcloud.base-url=" + annexUrl).run(context -> {
            assertThat(context).hasFailed();
            assertThat(stackTrace(context.getStartupFailure())).contains("annexcloud.base-url is invalid")
                    .doesNotContain("url-password-4711", "url-token-4711");
        });
        SandboxContexts.onSandbox().withPropertyValues("gorgias.base-url=ftp://user:url-password-4711@acme.gorgias.com/api")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(stackTrace(context.getStartupFailure())).contains("gorgias.base-url is invalid")
                            .doesNotContain("url-password-4711");
                });
    }

    @Test
    void aServletApplicationGetsTheEndpointServletOnThePathAndBelow() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(LoyaltyAutoConfiguration.class))
                .withPropertyValues(SandboxContexts.onSandboxProperties())
                .withPropertyValues("loyalty.path=/hooks/loyalty")
                .run(context -> {
                    ServletRegistrationBean<?> registration = context.getBean(ServletRegistrationBean.class);
                    assertThat(registration.getUrlMappings()).containsExactly("/hooks/loyalty/*");
                    assertThat(registration.getServletName()).isEqualTo("loyaltyWidgetServlet");
                });
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(LoyaltyAutoConfiguration.class))
                .withPropertyValues(SandboxContexts.onSandboxProperties())
                .withPropertyValues("loyalty.endpoint-enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ServletRegistrationBean.class)
                        .hasSingleBean(WidgetEndpoint.class));
    }

    @Test
    void bootsObjectMapperWritesTheCardAsToJson() {
        SandboxContexts.onSandbox().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class)).run(context -> {
            ObjectMapper boot = context.getBean(ObjectMapper.class);
            LoyaltyBridge bridge = context.getBean(LoyaltyBridge.class);
            LoyaltyCard nonMember = bridge.lookup("nobody@example.com");
            LoyaltyCard member = bridge.lookup("john.doe@example.com");

            assertThat(boot.writeValueAsString(nonMember)).isEqualTo(nonMember.toJson()).doesNotContain("null");
            assertThat(boot.writeValueAsString(member)).isEqualTo(member.toJson());
        });
    }

    @Test
    void ideCompletionMetadataDescribesEveryProperty() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metadata).contains("\"annexcloud.site-id\"", "\"annexcloud.secret\"", "\"gorgias.base-url\"",
                    "\"gorgias.email\"", "\"gorgias.api-key\"", "\"loyalty.bridge-token\"", "\"loyalty.path\"");
        }
    }

    private static String stackTrace(Throwable failure) {
        var out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        @Bean
        AnnexCloudClient ownAnnex() {
            Sandbox sandbox = Sandbox.shared();
            return AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri()).siteId(sandbox.annexCloud().siteId())
                    .secret(sandbox.annexCloud().secret()).build();
        }

        @Bean
        WidgetEndpoint ownEndpoint(LoyaltyBridge bridge) {
            return bridge.widgetEndpoint(Secret.of("own-token"));
        }

        @Bean
        LoyaltySync ownSync(LoyaltyBridge bridge) {
            return LoyaltySync.builder().bridge(bridge).checkpoints(CheckpointStore.inMemory()).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ProxiedBridge {
        @Bean
        LoyaltyBridge decoratedBridge() {
            return (LoyaltyBridge) Proxy.newProxyInstance(LoyaltyBridge.class.getClassLoader(),
                    new Class<?>[] {LoyaltyBridge.class}, (proxy, method, args) -> {
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnCheckpoints {
        @Bean
        RecordingCheckpoints checkpoints() {
            return new RecordingCheckpoints();
        }
    }

    /** An in-memory store that notes each job whose checkpoint is read. */
    static final class RecordingCheckpoints implements CheckpointStore {
        final List<String> jobsLoaded = new CopyOnWriteArrayList<>();
        private final CheckpointStore delegate = CheckpointStore.inMemory();

        @Override
        public Optional<Checkpoint> load(String jobName) {
            jobsLoaded.add(jobName);
            return delegate.load(jobName);
        }

        @Override
        public void save(String jobName, Checkpoint checkpoint) {
            delegate.save(jobName, checkpoint);
        }

        @Override
        public void clear(String jobName) {
            delegate.clear(jobName);
        }
    }
}
