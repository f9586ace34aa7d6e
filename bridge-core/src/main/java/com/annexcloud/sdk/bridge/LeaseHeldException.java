package com.annexcloud.sdk.bridge;

import java.time.Instant;

/**
 * A sync was not started because another run holds its job's lease: it names that run's owner and when its
 * lease expires (on the store's clock). Run again later, or ask the run to wait with
 * {@code SyncOptions.leaseWait}.
 */
public class LeaseHeldException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String jobName;
    private final String owner;
    private final transient Instant expiresAt;

    /** Creates the exception for a job held by {@code owner} until {@code expiresAt}. */
    public LeaseHeldException(String jobName, String owner, Instant expiresAt) {
        super("job " + jobName + " is being run by " + owner + " (lease expires at " + expiresAt
                + " unless renewed); not started");
        this.jobName = jobName;
        this.owner = owner;
        this.expiresAt = expiresAt;
    }

    /** The job that is already running. */
    public String jobName() {
        return jobName;
    }

    /** Who runs it. */
    public String owner() {
        return owner;
    }

    /** When its lease expires unless renewed, on the store's clock. */
    public Instant expiresAt() {
        return expiresAt;
    }
}
