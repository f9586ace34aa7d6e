package com.annexcloud.sdk.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Annex Cloud client's settings, {@code annexcloud.*}. The secret is bound as text and wrapped in a
 * {@code Secret} as soon as the client is built; {@link #toString()} never shows it.
 */
@ConfigurationProperties("annexcloud")
public class AnnexCloudProperties {
    /** API root: a URL such as https://s15.socialannex.net/api/3.0, or "production" / "staging". Production when unset. */
    private String baseUrl;

    /** The site id Annex Cloud issued (required). */
    private String siteId;

    /** The site's secret (access token) every request is signed with (required). */
    private String secret;

    /** The API root, or null for production. */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** Sets the API root. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The site id. */
    public String getSiteId() {
        return siteId;
    }

    /** Sets the site id. */
    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    /** The secret, as bound. */
    public String getSecret() {
        return secret;
    }

    /** Sets the secret. */
    public void setSecret(String secret) {
        this.secret = secret;
    }

    @Override
    public String toString() {
        return "AnnexCloudProperties[baseUrl=" + baseUrl + ", siteId=" + siteId + ", secret=" + (secret == null ? null : "[redacted]") + "]";
    }
}
