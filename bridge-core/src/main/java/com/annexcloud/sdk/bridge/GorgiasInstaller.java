package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.internal.DefaultGorgiasInstaller;
import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.gorgias.GorgiasClient;

/**
 * Sets a Gorgias account up for the loyalty card through the Gorgias API: the HTTP integration that calls
 * the {@link WidgetEndpoint} and its sidebar widget, found again by name so that installing twice leaves one
 * of each. A separate job from the {@link LoyaltyBridge}'s lookups and syncs: it needs only the Gorgias
 * client (with the {@code integrations:write} scope) and runs once per account, from a command or an
 * {@link InstallHandler}.
 *
 * <pre>{@code
 * GorgiasInstallation installed = GorgiasInstaller.of(gorgias).install(GorgiasSetup.builder()
 *     .publicUrl(URI.create("https://loyalty.acme.com/gorgias/loyalty")).bearerToken(bridgeToken).build());
 * }</pre>
 *
 * <p>Thread-safe. The installer does not own the client: close it yourself.
 */
public interface GorgiasInstaller {

    /** An installer working through this account's client. */
    static GorgiasInstaller of(GorgiasClient gorgias) {
        return new DefaultGorgiasInstaller(gorgias);
    }

    /**
     * Installs, or brings up to date, what {@code setup} describes; running it again changes nothing. An
     * integration of that name Gorgias deactivated is reactivated under its id, other copies are removed.
     */
    GorgiasInstallation install(GorgiasSetup setup);

    /** Removes the integration of that name and its widgets; false when there was none. */
    boolean uninstall(String integrationName);
}
