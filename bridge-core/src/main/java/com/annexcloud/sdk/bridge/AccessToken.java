package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.core.internal.Checks;

/**
 * The Annex Cloud connector access token's content: a site id and that site's loyalty token. The
 * token itself is only base64 of JSON (see {@link AccessTokenCodec}): an encoding, not encryption, so
 * treat the encoded form as the secret it carries.
 *
 * @param siteId       the Annex Cloud site id
 * @param loyaltyToken the site's loyalty (API) token
 */
public record AccessToken(String siteId, Secret loyaltyToken) {
    /** Validates both parts. */
    public AccessToken {
        if (siteId == null || siteId.isBlank()) {
            throw new IllegalArgumentException("access token site id must not be blank");
        }
        Checks.requireNonNull(loyaltyToken, "loyaltyToken");
    }

    @Override
    public String toString() {
        return "AccessToken[siteId=" + siteId + ", loyaltyToken=" + loyaltyToken + "]";
    }
}
