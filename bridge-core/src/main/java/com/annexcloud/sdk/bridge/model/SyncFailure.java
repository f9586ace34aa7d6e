package com.annexcloud.sdk.bridge.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One item a sync could not finish, and why (the exception's message, which never holds a secret). */
@Value.Immutable
@JsonSerialize(as = ImmutableSyncFailure.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableSyncFailure.class)
public interface SyncFailure {

    /** A failure of the item with the given key. */
    static SyncFailure of(String key, String reason) {
        return ImmutableSyncFailure.builder().key(key).reason(reason).build();
    }

    /** The item: a Gorgias customer id or email, or a member id. */
    String key();

    /** Why it failed. */
    String reason();
}
