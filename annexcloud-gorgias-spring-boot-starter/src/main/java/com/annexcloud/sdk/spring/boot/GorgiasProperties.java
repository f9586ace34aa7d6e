package com.annexcloud.sdk.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Gorgias client's settings, {@code gorgias.*}: where the account is ({@code base-url} or
 * {@code account}) and a private app's credentials. Optional as a whole (the card and its buttons call only
 * Annex Cloud; the syncs and the installer need Gorgias), but once one is set all are required. The API key
 * is bound as text and wrapped in a {@code Secret} as soon as the client is built; {@link #toString()} never
 * shows it.
 */
@ConfigurationProperties("gorgias")
public class GorgiasProperties {
    /** API root, https://{account}.gorgias.com/api (or a test server's); or set "account". */
    private String baseUrl;

    /** The account's subdomain, such as "acme" for https://acme.gorgias.com/api; or set "base-url". */
    private String account;

    /** The email of the user whose API key is used (HTTP Basic user name; required with the other gorgias.* settings). */
    private String email;

    /** The user's API key (HTTP Basic password; required with the other gorgias.* settings). */
    private String apiKey;

    /** The API root, or null when {@link #getAccount()} names it. */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** Sets the API root. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The account subdomain. */
    public String getAccount() {
        return account;
    }

    /** Sets the account subdomain. */
    public void setAccount(String account) {
        this.account = account;
    }

    /** The API user's email. */
    public String getEmail() {
        return email;
    }

    /** Sets the API user's email. */
    public void setEmail(String email) {
        this.email = email;
    }

    /** The API key, as bound. */
    public String getApiKey() {
        return apiKey;
    }

    /** Sets the API key. */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public String toString() {
        return "GorgiasProperties[baseUrl=" + baseUrl + ", account=" + account + ", email=" + email + ", apiKey="
                + (apiKey == null ? null : "[redacted]") + "]";
    }
}
