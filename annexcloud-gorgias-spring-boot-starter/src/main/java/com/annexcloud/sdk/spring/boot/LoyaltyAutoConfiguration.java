package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.bridge.CardCacheListener;
import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.GorgiasInstaller;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.bridge.servlet.LoyaltyWidgetServlet;
import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RequestListener;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.NotConfiguredClient;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudEnvironment;
import com.annexcloud.sdk.spring.boot.internal.CredentialsCheck;
import com.annexcloud.sdk.spring.boot.internal.GorgiasConfigured;
import com.annexcloud.sdk.spring.boot.internal.RequiredProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Builds both clients, the bridge, the Gorgias installer and the widget endpoint from {@code annexcloud.*}, {@code gorgias.*} and
 * {@code loyalty.*}, and registers the endpoint's servlet in a servlet web application. The Gorgias client
 * is built only when a {@code gorgias.*} property is set: the card and its actions call Annex Cloud only, so
 * without one the bridge gets a stand-in whose every call fails naming the missing properties. Every bean backs
 * off when the application defines its own; the clients are closed with the context (the bridge owns
 * nothing to close). Both clients take the application's {@link ClientOptions} bean when there is one
 * (timeouts, retries, transport) and the {@link RequestListener} bean, such as the Micrometer one.
 */
@AutoConfiguration
@EnableConfigurationProperties({AnnexCloudProperties.class, GorgiasProperties.class, LoyaltyProperties.class})
public class LoyaltyAutoConfiguration {

    /** The Annex Cloud client. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public AnnexCloudClient annexCloudClient(AnnexCloudProperties properties, ObjectProvider<ClientOptions> options,
                                             ObjectProvider<RequestListener> listener) {
        return annexCloudBuilder(properties).options(options(options, listener)).build();
    }

    /** The Gorgias client (HTTP Basic with a private app's API key), when a {@code gorgias.*} property is set. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @Conditional(GorgiasConfigured.class)
    public GorgiasClient gorgiasClient(GorgiasProperties properties, ObjectProvider<ClientOptions> options,
                                       ObjectProvider<RequestListener> listener) {
        return gorgiasBuilder(properties).options(options(options, listener)).build();
    }

    /** The Gorgias integration and widget installer, on the Gorgias client, when a {@code gorgias.*} property is set. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GorgiasConfigured.class)
    public GorgiasInstaller gorgiasInstaller(GorgiasClient gorgiasClient) {
        return GorgiasInstaller.of(gorgiasClient);
    }

    /** A builder configured from {@code annexcloud.*}, options aside (the health probe's share it). */
    static AnnexCloudClient.Builder annexCloudBuilder(AnnexCloudProperties properties) {
        AnnexCloudClient.Builder builder = AnnexCloudClient.builder();
        String base = properties.getBaseUrl();
        if (base == null || base.isBlank() || base.trim().equalsIgnoreCase("production")) {
            builder.environment(AnnexCloudEnvironment.PRODUCTION);
        } else if (base.trim().equalsIgnoreCase("staging")) {
            builder.environment(AnnexCloudEnvironment.STAGING);
        } else {
            RequiredProperty.appliedUrl("annexcloud.base-url",
                    () -> builder.baseUri(RequiredProperty.uri(base, "annexcloud.base-url")));
        }
        String siteId = RequiredProperty.text(properties.getSiteId(), "annexcloud.site-id");
        RequiredProperty.applied("annexcloud.site-id", () -> builder.siteId(siteId));
        return builder.secret(Secret.of(RequiredProperty.text(properties.getSecret(), "annexcloud.secret")));
    }

    /** A builder configured from {@code gorgias.*}, options aside (the health probe's share it); fails naming every missing property. */
    static GorgiasClient.Builder gorgiasBuilder(GorgiasProperties properties) {
        boolean hasBase = isSet(properties.getBaseUrl());
        boolean hasAccount = isSet(properties.getAccount());
        if (hasBase && hasAccount) {
            throw new IllegalStateException("set one of gorgias.base-url and gorgias.account");
        }
        List<String> missing = new ArrayList<>();
        if (!hasBase && !hasAccount) {
            missing.add("gorgias.base-url or gorgias.account");
        }
        if (!isSet(properties.getEmail())) {
            missing.add("gorgias.email");
        }
        if (!isSet(properties.getApiKey())) {
            missing.add("gorgias.api-key");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(String.join(", ", missing) + " must be set");
        }
        GorgiasClient.Builder builder = GorgiasClient.builder();
        if (hasBase) {
            RequiredProperty.appliedUrl("gorgias.base-url",
                    () -> builder.baseUri(RequiredProperty.uri(properties.getBaseUrl(), "gorgias.base-url")));
        } else {
            RequiredProperty.applied("gorgias.account",
                    () -> builder.account(properties.getAccount().trim().toLowerCase(Locale.ROOT)));
        }
        String email = properties.getEmail().trim();
        Secret apiKey = Secret.of(properties.getApiKey().trim());
        return RequiredProperty.applied("gorgias.email", () -> builder.basicAuth(email, apiKey));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The bridge, on the Gorgias client when there is one and otherwise on a stand-in that refuses every call
     * naming the {@code gorgias.*} properties; the {@link CardCacheListener} bean is told of lookups.
     */
    @Bean
    @ConditionalOnMissingBean
    public LoyaltyBridge loyaltyBridge(AnnexCloudClient annexCloud, ObjectProvider<GorgiasClient> gorgiasClient,
                                       LoyaltyProperties properties,
                                       ObjectProvider<CardCacheListener> cacheListener) {
        if (properties.getCacheMaxEntries() < 1) {
            throw new IllegalStateException("loyalty.cache-max-entries must be at least 1");
        }
        GorgiasClient gorgias = gorgiasClient.getIfAvailable(() -> NotConfiguredClient.of(GorgiasClient.class,
                () -> new IllegalStateException("Gorgias is not configured: set " + GorgiasConfigured.PROPERTIES)));
        LoyaltyBridge.Builder builder = LoyaltyBridge.builder().annexCloud(annexCloud).gorgias(gorgias)
                .enrolment(properties.getEnrolment())
                .cacheListener(cacheListener.getIfAvailable(CardCacheListener::none));
        RequiredProperty.applied("loyalty.cache-ttl",
                () -> builder.cache(properties.getCacheTtl(), properties.getCacheMaxEntries()));
        return RequiredProperty.applied("loyalty.max-goodwill-points",
                () -> builder.maxGoodwillPoints(properties.getMaxGoodwillPoints())).build();
    }

    /**
     * The syncs, over the bridge's clients and card options; every {@link SyncListener} bean (the application's and
     * the starter's Micrometer one) is told of progress, in bean order. Runs keep their checkpoints and take their
     * leases in the application's {@link CheckpointStore} bean (a {@code JdbcCheckpointStore} for a fleet), in
     * memory without one. A {@code LoyaltyBridge} bean not made by {@link LoyaltyBridge#builder()} (a decorator, a
     * fake, a proxy) cannot drive the syncs: the context still starts, and the sync's methods say why when called.
     */
    @Bean
    @ConditionalOnMissingBean
    public LoyaltySync loyaltySync(LoyaltyBridge bridge, ObjectProvider<SyncListener> syncListener,
            ObjectProvider<CheckpointStore> checkpoints) {
        LoyaltySync.Builder builder = LoyaltySync.builder()
                .checkpoints(checkpoints.getIfAvailable(CheckpointStore::inMemory))
                .listener(allOf(syncListener.orderedStream().toList()));
        try {
            return builder.bridge(bridge).build();
        } catch (IllegalArgumentException notBuilderMade) {
            return NotConfiguredClient.of(LoyaltySync.class, () -> new IllegalStateException(
                    notBuilderMade.getMessage() + "; declare a LoyaltySync bean of your own to run the syncs"));
        }
    }

    /** One listener telling each of {@code listeners} in turn. */
    static SyncListener allOf(List<SyncListener> listeners) {
        return listeners.size() == 1 ? listeners.get(0) : soFar -> listeners.forEach(l -> l.onProgress(soFar));
    }

    /**
     * The widget endpoint, authenticating Gorgias by {@code loyalty.bridge-token}, with the routing hook of {@code
     * loyalty.routing.*} when there is a Gorgias client to tag tickets with.
     */
    @Bean
    @ConditionalOnMissingBean
    public WidgetEndpoint loyaltyWidgetEndpoint(LoyaltyBridge bridge, LoyaltyProperties properties,
                                                ObjectProvider<GorgiasClient> gorgiasClient) {
        Secret token = Secret.of(RequiredProperty.text(properties.getBridgeToken(), "loyalty.bridge-token"));
        TicketRouting routing = RequiredProperty.applied("loyalty.routing", () -> ticketRouting(properties.getRouting()));
        WidgetEndpoint.Builder builder = WidgetEndpoint.builder().bridge(bridge).bearerToken(token)
                .ticketRouting(gorgiasClient.getIfAvailable() == null ? TicketRouting.off() : routing);
        return RequiredProperty.applied("loyalty.path", () -> builder.path(properties.getPath())).build();
    }

    /** The routing the {@code loyalty.routing.*} properties describe. */
    static TicketRouting ticketRouting(LoyaltyProperties.Routing routing) {
        TicketRouting.Builder builder = TicketRouting.builder().enabled(routing.isEnabled())
                .tierTags(routing.getTierTags()).tagUnmappedTiers(routing.isTagUnmappedTiers());
        routing.getTierPriorities().forEach((tier, priority) -> builder.putTierPriorities(tier, TicketPriority.of(priority)));
        return builder.build();
    }

    /**
     * With {@code loyalty.verify-credentials-at-startup=true}: fails startup, once every bean is created, when
     * either vendor refuses the credentials or cannot be reached, naming the properties to check; Gorgias only
     * when there is a Gorgias client.
     */
    @Bean
    @ConditionalOnProperty(prefix = "loyalty", name = "verify-credentials-at-startup", havingValue = "true")
    public SmartInitializingSingleton loyaltyCredentialsCheck(AnnexCloudClient annexCloud,
                                                              ObjectProvider<GorgiasClient> gorgiasClient) {
        return () -> {
            String annex = CredentialsCheck.run(annexCloud::verifyCredentials);
            if (!annex.equals(CredentialsCheck.UP)) {
                throw new IllegalStateException("Annex Cloud did not accept annexcloud.site-id and annexcloud.secret: " + annex);
            }
            GorgiasClient gorgias = gorgiasClient.getIfAvailable();
            if (gorgias == null) {
                return;
            }
            String helpdesk = CredentialsCheck.run(gorgias::verifyCredentials);
            if (!helpdesk.equals(CredentialsCheck.UP)) {
                throw new IllegalStateException("Gorgias did not accept gorgias.email and gorgias.api-key: " + helpdesk);
            }
        };
    }

    /** The application's {@link ClientOptions} bean (or the defaults), with the {@link RequestListener} bean if any. */
    static ClientOptions options(ObjectProvider<ClientOptions> options, ObjectProvider<RequestListener> listener) {
        ClientOptions base = options.getIfAvailable(ClientOptions::defaults);
        RequestListener requestListener = listener.getIfAvailable();
        return requestListener == null ? base : ClientOptions.builder().from(base).listener(requestListener).build();
    }

    /** The endpoint's servlet, mapped to {@code loyalty.path} and everything below it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass({ServletRegistrationBean.class, jakarta.servlet.Servlet.class})
    @ConditionalOnProperty(prefix = "loyalty", name = "endpoint-enabled", matchIfMissing = true)
    static class WidgetServletConfiguration {

        /** Registers {@link LoyaltyWidgetServlet}; define a bean of this name to replace it. */
        @Bean
        @ConditionalOnMissingBean(name = "loyaltyWidgetServlet")
        ServletRegistrationBean<LoyaltyWidgetServlet> loyaltyWidgetServlet(WidgetEndpoint endpoint,
                                                                          LoyaltyProperties properties) {
            String urlPattern = RequiredProperty.applied("loyalty.path",
                    () -> LoyaltyWidgetServlet.urlPattern(properties.getPath()));
            ServletRegistrationBean<LoyaltyWidgetServlet> registration = new ServletRegistrationBean<>(
                    new LoyaltyWidgetServlet(endpoint), urlPattern);
            registration.setName("loyaltyWidgetServlet");
            return registration;
        }
    }
}
