package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.bridge.Enrolment;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bridge's and the widget endpoint's settings, {@code loyalty.*}. The bridge token is bound as text
 * and wrapped in a {@code Secret} as soon as the endpoint is built; {@link #toString()} never shows it.
 */
@ConfigurationProperties("loyalty")
public class LoyaltyProperties {
    /** The token Gorgias sends as "Authorization: Bearer …" to the widget endpoint (required for the endpoint). */
    private String bridgeToken;

    /** The path of the widget endpoint; its actions and the routing hook are served below it ("/award", "/redeem", "/route"). */
    private String path = WidgetEndpoint.DEFAULT_PATH;

    /** Whether the widget endpoint servlet is registered in a servlet web application. */
    private boolean endpointEnabled = true;

    /** What a lookup does with non-members: EXPLICIT (show "member": false) or IMPLICIT (enrol them first). */
    private Enrolment enrolment = Enrolment.EXPLICIT;

    /** How long complete cards are cached; 0 (the default) turns the cache off. */
    private Duration cacheTtl = Duration.ZERO;

    /** The most cards the cache keeps. */
    private int cacheMaxEntries = 10_000;

    /** The most points one goodwill award from the sidebar may credit. */
    private long maxGoodwillPoints = 500;

    /** Whether startup fails when Annex Cloud or Gorgias refuses the credentials (one cheap read each). */
    private boolean verifyCredentialsAtStartup;

    /** How long the health indicator reuses its last credentials check before it asks the vendors again. */
    private Duration healthCacheTtl = Duration.ofSeconds(60);

    /** The connect, per-attempt and overall timeout of the health indicator's probes (which never retry). */
    private Duration healthTimeout = Duration.ofSeconds(3);

    /** The routing hook's settings, {@code loyalty.routing.*}. */
    private final Routing routing = new Routing();

    /** The routing hook's settings. */
    public Routing getRouting() {
        return routing;
    }

    /**
     * {@code loyalty.routing.*}: how the routing hook ({@code POST <path>/route}) tags a member's new ticket with
     * the tier. On by default, every tier tagged {@code loyalty-<tier>}.
     */
    public static class Routing {
        /** Whether the routing hook is served. */
        private boolean enabled = true;

        /** Tags for single tiers by tier name (matched without regard to case), replacing "loyalty-<tier>". */
        private Map<String, String> tierTags = new LinkedHashMap<>();

        /** Priorities (critical or high) for single tiers by tier name; set while a ticket is still normal. */
        private Map<String, String> tierPriorities = new LinkedHashMap<>();

        /** Whether tiers missing from tier-tags get "loyalty-<tier>" (true) or no tag. */
        private boolean tagUnmappedTiers = true;

        /** Whether the hook is served. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Sets whether the hook is served. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** The tags by tier. */
        public Map<String, String> getTierTags() {
            return tierTags;
        }

        /** Sets the tags by tier. */
        public void setTierTags(Map<String, String> tierTags) {
            this.tierTags = tierTags;
        }

        /** The priorities by tier. */
        public Map<String, String> getTierPriorities() {
            return tierPriorities;
        }

        /** Sets the priorities by tier. */
        public void setTierPriorities(Map<String, String> tierPriorities) {
            this.tierPriorities = tierPriorities;
        }

        /** Whether unmapped tiers get the default tag. */
        public boolean isTagUnmappedTiers() {
            return tagUnmappedTiers;
        }

        /** Sets whether unmapped tiers get the default tag. */
        public void setTagUnmappedTiers(boolean tagUnmappedTiers) {
            this.tagUnmappedTiers = tagUnmappedTiers;
        }

        @Override
        public String toString() {
            return "Routing[enabled=" + enabled + ", tierTags=" + tierTags + ", tierPriorities=" + tierPriorities
                    + ", tagUnmappedTiers=" + tagUnmappedTiers + "]";
        }
    }

    /** The bridge token, as bound. */
    public String getBridgeToken() {
        return bridgeToken;
    }

    /** Sets the bridge token. */
    public void setBridgeToken(String bridgeToken) {
        this.bridgeToken = bridgeToken;
    }

    /** The endpoint path. */
    public String getPath() {
        return path;
    }

    /** Sets the endpoint path. */
    public void setPath(String path) {
        this.path = path;
    }

    /** Whether the endpoint servlet is registered. */
    public boolean isEndpointEnabled() {
        return endpointEnabled;
    }

    /** Sets whether the endpoint servlet is registered. */
    public void setEndpointEnabled(boolean endpointEnabled) {
        this.endpointEnabled = endpointEnabled;
    }

    /** The enrolment mode. */
    public Enrolment getEnrolment() {
        return enrolment;
    }

    /** Sets the enrolment mode. */
    public void setEnrolment(Enrolment enrolment) {
        this.enrolment = enrolment;
    }

    /** The card cache's time to live. */
    public Duration getCacheTtl() {
        return cacheTtl;
    }

    /** Sets the card cache's time to live. */
    public void setCacheTtl(Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
    }

    /** The card cache's size. */
    public int getCacheMaxEntries() {
        return cacheMaxEntries;
    }

    /** Sets the card cache's size. */
    public void setCacheMaxEntries(int cacheMaxEntries) {
        this.cacheMaxEntries = cacheMaxEntries;
    }

    /** The goodwill cap. */
    public long getMaxGoodwillPoints() {
        return maxGoodwillPoints;
    }

    /** Sets the goodwill cap. */
    public void setMaxGoodwillPoints(long maxGoodwillPoints) {
        this.maxGoodwillPoints = maxGoodwillPoints;
    }

    /** Whether startup checks the credentials. */
    public boolean isVerifyCredentialsAtStartup() {
        return verifyCredentialsAtStartup;
    }

    /** Sets whether startup checks the credentials. */
    public void setVerifyCredentialsAtStartup(boolean verifyCredentialsAtStartup) {
        this.verifyCredentialsAtStartup = verifyCredentialsAtStartup;
    }

    /** How long a health check's result is reused. */
    public Duration getHealthCacheTtl() {
        return healthCacheTtl;
    }

    /** Sets how long a health check's result is reused. */
    public void setHealthCacheTtl(Duration healthCacheTtl) {
        this.healthCacheTtl = healthCacheTtl;
    }

    /** The health probes' timeout. */
    public Duration getHealthTimeout() {
        return healthTimeout;
    }

    /** Sets the health probes' timeout. */
    public void setHealthTimeout(Duration healthTimeout) {
        this.healthTimeout = healthTimeout;
    }

    @Override
    public String toString() {
        return "LoyaltyProperties[bridgeToken=" + (bridgeToken == null ? null : "[redacted]") + ", path=" + path
                + ", endpointEnabled=" + endpointEnabled + ", enrolment=" + enrolment + ", cacheTtl=" + cacheTtl
                + ", cacheMaxEntries=" + cacheMaxEntries + ", maxGoodwillPoints=" + maxGoodwillPoints
                + ", verifyCredentialsAtStartup=" + verifyCredentialsAtStartup + ", healthCacheTtl=" + healthCacheTtl
                + ", healthTimeout=" + healthTimeout + ", routing=" + routing + "]";
    }
}
