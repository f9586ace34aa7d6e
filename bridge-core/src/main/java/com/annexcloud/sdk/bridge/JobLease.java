package com.annexcloud.sdk.bridge;

import java.time.Instant;
import java.util.Optional;

/**
 * The right to run one job, held by one run at a time: taken from {@link CheckpointStore#lease} before the
 * run reads its checkpoint, renewed as the run makes progress, released when it ends ({@link #close()}).
 * A run that stops without releasing (a crash, a killed pod) holds it only until it expires.
 */
public interface JobLease extends AutoCloseable {

    /** The job this lease is on. */
    String jobName();

    /** Who holds it (a host and process, as the store names them). */
    String owner();

    /** When it expires unless renewed, on the store's clock; empty for a lease that guards nothing. */
    Optional<Instant> expiresAt();

    /**
     * Tells the store the run is still alive; a store may renew less often than it is called.
     *
     * @throws LeaseLostException when another run has taken the job over (this run must stop writing)
     */
    void renew();

    /** Releases the lease; a lease already taken over is left to its new owner. Never throws. */
    @Override
    void close();
}
