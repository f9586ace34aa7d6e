package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.GorgiasSetup;

/**
 * How the objects of one installation are named in Gorgias, all from the card integration's name, so that
 * an uninstall by that name finds every one of them and two installations under different names never
 * touch each other's.
 */
final class InstallationNames {
    /** The prefix of every loyalty macro's {@code external_id}. */
    static final String MACRO_ID_PREFIX = "annexcloud-loyalty:";

    private InstallationNames() {
    }

    /** The routing hook's name: {@link GorgiasSetup#DEFAULT_ROUTING_HOOK_NAME}, or the name plus " routing". */
    static String routingHook(String integrationName) {
        return GorgiasSetup.DEFAULT_NAME.equals(integrationName) ? GorgiasSetup.DEFAULT_ROUTING_HOOK_NAME
                : integrationName + " routing";
    }

    /** A macro's {@code external_id}: {@code annexcloud-loyalty:<key>}, with the name before the key under another name. */
    static String macroExternalId(String integrationName, String key) {
        return GorgiasSetup.DEFAULT_NAME.equals(integrationName) ? MACRO_ID_PREFIX + key
                : MACRO_ID_PREFIX + integrationName + ":" + key;
    }
}
