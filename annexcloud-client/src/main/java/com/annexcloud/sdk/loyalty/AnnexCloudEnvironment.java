package com.annexcloud.sdk.loyalty;

import java.net.URI;

/** The Annex Cloud Loyalty V3 hosts; use {@link AnnexCloudClient.Builder#baseUri(URI)} for any other. */
public enum AnnexCloudEnvironment {
    /** {@code https://s15.socialannex.net/api/3.0}. */
    PRODUCTION("https://s15.socialannex.net/api/3.0"),
    /** {@code https://s15.stage.socialannex.net/api/3.0}. */
    STAGING("https://s15.stage.socialannex.net/api/3.0");

    private final URI baseUri;

    AnnexCloudEnvironment(String baseUri) {
        this.baseUri = URI.create(baseUri);
    }

    /** The API root resources are appended to. */
    public URI baseUri() {
        return baseUri;
    }
}
