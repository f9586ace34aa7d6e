package com.annexcloud.sdk.bridge.model;

import java.util.Optional;
import org.immutables.value.Value;

/** What one install or uninstall did to one object in Gorgias: which object, its id, and the change. */
@Value.Immutable
public interface GorgiasChange {

    /** The kinds of objects the Gorgias setup manages. */
    enum Kind {
        /** The HTTP integration that calls the widget endpoint (the loyalty card). */
        INTEGRATION,
        /** The card's sidebar widget. */
        WIDGET,
        /** The HTTP integration that calls the routing endpoint when a ticket is created. */
        ROUTING_HOOK,
        /** One of the loyalty macros. */
        MACRO
    }

    /** What happened to the object. */
    enum Action {
        /** It was not there and was created. */
        CREATED,
        /** It was there but differed, and was changed in place (same id). */
        UPDATED,
        /** It was there as the setup describes it: nothing was sent. */
        UNCHANGED,
        /** It was deleted. */
        REMOVED,
        /**
         * A macro that was to be removed, but Gorgias refused because an active rule uses it (409): it is left in
         * place. Remove it from the rule and run again to delete it.
         */
        KEPT_IN_USE,
        /**
         * An extra copy of one of our macros (same {@code external_id}) that differs from what the setup writes,
         * perhaps an admin's edit: left in place, not removed.
         */
        KEPT_CHANGED
    }

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link GorgiasChange}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableGorgiasChange.Builder {
    }

    /** Which kind of object. */
    Kind kind();

    /** For a macro, which one of the set, such as {@code points-balance}; empty for the other kinds. */
    Optional<String> key();

    /** Gorgias's id of the object. */
    long id();

    /** What the call did to it. */
    Action action();
}
