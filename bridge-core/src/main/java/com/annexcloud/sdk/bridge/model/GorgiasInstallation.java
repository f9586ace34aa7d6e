package com.annexcloud.sdk.bridge.model;

import org.immutables.value.Value;

/** What the one-call Gorgias setup left in place, and whether it had to create or only update it. */
@Value.Immutable
public interface GorgiasInstallation {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link GorgiasInstallation}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableGorgiasInstallation.Builder {
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
