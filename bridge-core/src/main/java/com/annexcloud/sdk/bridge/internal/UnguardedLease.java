package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.JobLease;
import java.time.Instant;
import java.util.Optional;

/** The lease of a store that is local to one process (memory, a file): it guards nothing. */
public record UnguardedLease(String jobName) implements JobLease {

    @Override
    public String owner() {
        return "this process";
    }

    @Override
    public Optional<Instant> expiresAt() {
        return Optional.empty();
    }

    @Override
    public void renew() {
        // nothing to renew: no other process shares the store
    }

    @Override
    public void close() {
        // nothing to release
    }
}
