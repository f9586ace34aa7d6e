package com.annexcloud.sdk.bridge.jdbc.internal;

import com.annexcloud.sdk.bridge.JobLease;
import com.annexcloud.sdk.bridge.LeaseHeldException;
import com.annexcloud.sdk.bridge.LeaseLostException;
import com.annexcloud.sdk.bridge.jdbc.CheckpointDatabaseException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lease row of {@code annexcloud_sync_lease}: one run's token on a job until {@code expiresAt}, on the
 * database's clock. Renewal moves the expiry a full duration past the database's now, at most once a third of
 * the duration (as the run's own progress calls it); a run that stops calling it lets the lease lapse.
 */
public final class JdbcLease implements JobLease {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcLease.class);
    /** The longest pause between two tries while waiting for another run's lease. */
    private static final Duration MAX_POLL = Duration.ofSeconds(1);

    private final Database database;
    private final String job;
    private final String owner;
    private final String token;
    private final Duration duration;
    private final Consumer<JdbcLease> onClose;
    private volatile Instant expiresAt;
    private long renewedAtNanos;

    private JdbcLease(Database database, String job, String owner, String token, Duration duration,
                      Instant expiresAt, Consumer<JdbcLease> onClose) {
        this.database = database;
        this.job = job;
        this.owner = owner;
        this.token = token;
        this.duration = duration;
        this.expiresAt = expiresAt;
        this.onClose = onClose;
        this.renewedAtNanos = System.nanoTime();
    }

    /**
     * Takes the job's lease: a free job, or one whose lease has expired, is taken at once; one held by another
     * run is waited for up to {@code wait}, trying again when its lease would expire (at least once a second).
     *
     * @throws LeaseHeldException when another run still holds it after {@code wait}
     */
    public static JdbcLease acquire(Database database, String job, String owner, Duration duration, Duration wait,
                                    Consumer<JdbcLease> onClose) {
        String token = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Tables.Holder holder;
            try {
                Optional<Instant> taken = tryTake(database, job, owner, token, duration);
                if (taken.isPresent()) {
                    LOG.debug("lease on {} taken by {} until {}", job, owner, taken.get());
                    return new JdbcLease(database, job, owner, token, duration, taken.get(), onClose);
                }
                Optional<Tables.Holder> current = database.transaction(c -> Tables.holder(c, job, false));
                if (current.isEmpty()) {
                    continue; // released between the two statements: try again at once
                }
                holder = current.get();
            } catch (SQLException e) {
                throw new CheckpointDatabaseException("taking the lease on " + job, e);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new LeaseHeldException(job, holder.owner(), holder.expiresAt());
            }
            Duration untilExpiry = Duration.between(holder.seenAt(), holder.expiresAt());
            long pause = Math.max(1, Math.min(remaining, Math.min(untilExpiry.toNanos(), MAX_POLL.toNanos())));
            try {
                Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LeaseHeldException(job, holder.owner(), holder.expiresAt());
            }
        }
    }

    /** One try: take an expired lease, or add one where there is none; the expiry when it worked. */
    private static Optional<Instant> tryTake(Database database, String job, String owner, String token,
                                             Duration duration) throws SQLException {
        Optional<Instant> takenOver = database.transaction(c -> {
            Instant expiry = Tables.now(c).plus(duration);
            return Tables.takeExpiredLease(c, job, owner, token, expiry) ? Optional.of(expiry) : Optional.empty();
        });
        if (takenOver.isPresent()) {
            return takenOver;
        }
        try {
            return Optional.of(database.transaction(c -> {
                Instant expiry = Tables.now(c).plus(duration);
                Tables.insertLease(c, job, owner, token, expiry);
                return expiry;
            }));
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return Optional.empty(); // another run's row is there
            }
            throw e;
        }
    }

    /** The token of this run, which the store's writes check so a run that lost the lease cannot write. */
    public String token() {
        return token;
    }

    @Override
    public String jobName() {
        return job;
    }

    @Override
    public String owner() {
        return owner;
    }

    @Override
    public Optional<Instant> expiresAt() {
        return Optional.of(expiresAt);
    }

    @Override
    public synchronized void renew() {
        if (System.nanoTime() - renewedAtNanos < duration.toNanos() / 3) {
            return;
        }
        boolean held;
        try {
            held = database.transaction(c -> {
                Instant expiry = Tables.now(c).plus(duration);
                boolean extended = Tables.extendLease(c, job, token, expiry);
                if (extended) {
                    expiresAt = expiry;
                }
                return extended;
            });
        } catch (SQLException e) {
            throw new CheckpointDatabaseException("renewing the lease on " + job, e);
        }
        if (!held) {
            throw lost(this);
        }
        renewedAtNanos = System.nanoTime();
    }

    /** The exception for a run whose token no longer holds the job, naming who holds it now. */
    public static LeaseLostException lost(JdbcLease lease) {
        Optional<Tables.Holder> now;
        try {
            now = lease.database.transaction(c -> Tables.holder(c, lease.job, false));
        } catch (SQLException e) {
            now = Optional.empty();
        }
        return new LeaseLostException(lease.job, now.map(h -> "now held by " + h.owner() + " until " + h.expiresAt())
                .orElse("it expired and was taken over"));
    }

    @Override
    public void close() {
        onClose.accept(this);
        try {
            database.transaction(c -> {
                Tables.deleteLease(c, job, token);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            // never thrown from close: an unreleased lease only makes the next run wait for its expiry
            LOG.debug("lease on {} not released ({}); it expires at {}", job, e.getClass().getSimpleName(), expiresAt);
        }
    }

    @Override
    public String toString() {
        return "JdbcLease[" + job + " by " + owner + " until " + expiresAt + "]";
    }
}
