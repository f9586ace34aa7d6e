package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.GorgiasSetup;

/** The header Gorgias sends to the bridge (integrations and widget buttons), spelt once: {@code Bearer <token>}. */
final class AuthorizationHeader {
    static final String NAME = "Authorization";

    private AuthorizationHeader() {
    }

    /** The header's value for the setup's token; it reveals the secret, so it goes only into a request body. */
    static String value(GorgiasSetup setup) {
        return "Bearer " + setup.bearerToken().reveal();
    }
}
