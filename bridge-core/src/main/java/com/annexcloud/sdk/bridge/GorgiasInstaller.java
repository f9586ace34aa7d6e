package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.internal.DefaultGorgiasInstaller;
import com.annexcloud.sdk.bridge.model.GorgiasChange;
import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import java.util.List;

/**
 * Sets a Gorgias account up for the loyalty card through the Gorgias API: the HTTP integration that calls
 * the {@link WidgetEndpoint} (on new tickets, changed tickets and new messages, so the card refreshes when the
 * customer writes again) and its sidebar widget, the routing hook (a second HTTP integration that POSTs each
 * new ticket to the routing endpoint) and the loyalty macros (replies that show the card's figures through
 * Gorgias's variables). Everything is found again (integrations by name, macros by {@code external_id}), so
 * installing twice leaves one of each, and a second install with the same setup sends no write. A separate
 * job from the {@link LoyaltyBridge}'s lookups and syncs: it needs only the Gorgias client (with write access to
 * integrations and macros) and runs once per account, from a command or an
 * {@link InstallHandler}.
 *
 * <pre>{@code
 * GorgiasInstallation installed = GorgiasInstaller.of(gorgias).install(GorgiasSetup.builder()
 *     .publicUrl(URI.create("https://loyalty.acme.com/gorgias/loyalty")).bearerToken(bridgeToken).build());
 * installed.changes().forEach(change -> System.out.println(change.kind() + " " + change.action()));
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
     * Installs, or brings up to date, what {@code setup} describes, and reports what it created, updated,
     * found unchanged or removed; running it again changes nothing. An integration of that name Gorgias
     * deactivated is reactivated under its id, other copies are removed; a routing hook or macros the setup
     * switches off are removed.
     */
    GorgiasInstallation install(GorgiasSetup setup);

    /**
     * Removes what an install under this integration name made: the integrations of that name and their
     * widgets, its routing hook and its macros (only those: other macros are left alone). Returns what was
     * removed, empty when there was nothing.
     */
    List<GorgiasChange> uninstall(String integrationName);
}
