package com.annexcloud.sdk.bridge.model;

import org.immutables.value.Value;

/** What the one-call Gorgias setup left in place, and whether it had to create or only update it. */
@Value.Immutable
public interface GorgiasInstallation {

    /** A builder. */
    static ImmutableGorgiasInstallation.Builder builder() {
        return ImmutableGorgiasInstallation.builder();
    }

    /** The HTTP integration's id. */
    long integrationId();

    /** The sidebar widget's id. */
    long widgetId();

    /** True when the integration was created by this call (false: an existing one was updated). */
    boolean integrationCreated();

    /** True when the widget was created by this call (false: an existing one was updated). */
    boolean widgetCreated();
}
