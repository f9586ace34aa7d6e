package com.annexcloud.sdk.bridge.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * What the one-call Gorgias setup left in place and what it had to do for it: every object it created,
 * updated, found unchanged or removed ({@link #changes()}), the card integration and its widget first.
 */
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

    /**
     * Every object the call touched or checked, in order: the card integration, its widget, the routing hook,
     * the macros, and the extra copies it removed.
     */
    List<GorgiasChange> changes();

    /** True when the integration was created by this call (false: an existing one was kept, updated or not). */
    @Value.Derived
    default boolean integrationCreated() {
        return created(GorgiasChange.Kind.INTEGRATION, integrationId());
    }

    /** True when the widget was created by this call (false: an existing one was kept, updated or not). */
    @Value.Derived
    default boolean widgetCreated() {
        return created(GorgiasChange.Kind.WIDGET, widgetId());
    }

    /**
     * True when this call sent no write to Gorgias: everything was already as the setup describes it, apart from
     * extra macro copies it leaves alone on purpose ({@link GorgiasChange.Action#KEPT_CHANGED}).
     */
    @Value.Derived
    default boolean unchanged() {
        return changes().stream().allMatch(change -> change.action() == GorgiasChange.Action.UNCHANGED
                || change.action() == GorgiasChange.Action.KEPT_CHANGED);
    }

    private boolean created(GorgiasChange.Kind kind, long id) {
        return changes().stream().anyMatch(change -> change.kind() == kind && change.id() == id
                && change.action() == GorgiasChange.Action.CREATED);
    }
}
