package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.internal.DefaultLoyaltyBridge;
import com.annexcloud.sdk.bridge.internal.DefaultLoyaltySync;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.internal.Checks;
import java.util.Iterator;

/**
 * Syncs customers in bulk between Gorgias and Annex Cloud, both ways: a scheduled job with its own checkpoints,
 * lease and progress listener, apart from the {@link LoyaltyBridge} the widget endpoint serves.
 *
 * <pre>{@code
 * LoyaltySync sync = LoyaltySync.builder().bridge(bridge)
 *     .checkpoints(new FileCheckpointStore(Path.of("/var/lib/loyalty-sync"))).build();
 * SyncReport enrolled = sync.gorgiasToAnnexCloud(SyncOptions.defaults());
 * SyncReport pushed = sync.annexCloudToGorgias(memberIds.iterator(), SyncOptions.defaults());
 * }</pre>
 *
 * <p>A sync runs on the calling thread with its own bounded workers. A run (other than a dry run) holds its job's
 * {@link JobLease}, taken from the {@link CheckpointStore}, so a second run of the same job is refused while it
 * lasts. Built on a {@link LoyaltyBridge}, whose clients, card options and clock it uses. Thread-safe; it owns
 * nothing to close.
 */
public interface LoyaltySync {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Makes every Gorgias customer with an email an Annex Cloud loyalty member (created and opted in), and drops
     * the bridge's cached card of each one it changed. Idempotent, resumable from its checkpoint, stops cleanly on
     * interrupt.
     *
     * @param options the run's options, not null ({@link SyncOptions#defaults()})
     * @throws LeaseHeldException when another process runs the same job
     */
    SyncReport gorgiasToAnnexCloud(SyncOptions options);

    /**
     * For each member id, makes sure a Gorgias customer with the member's email exists and that its customer data
     * carries the member's loyalty card, as the bridge's lookup shows it (never enrolling an id). Writes only what
     * changed; resumable by input position; stops cleanly on interrupt.
     *
     * @param memberIds the Annex Cloud member ids, one per item, not null
     * @param options the run's options, not null ({@link SyncOptions#defaults()})
     * @throws LeaseHeldException when another process runs the same job
     */
    SyncReport annexCloudToGorgias(Iterator<String> memberIds, SyncOptions options);

    /** Builds a {@link LoyaltySync}; {@link #bridge} is required. */
    final class Builder {
        private LoyaltyBridge bridge;
        private CheckpointStore checkpoints = CheckpointStore.inMemory();
        private SyncListener listener = SyncListener.none();

        private Builder() {
        }

        /**
         * The bridge whose clients, card options and clock the syncs use, and whose card cache they keep fresh
         * (required; one built by {@link LoyaltyBridge#builder()}).
         */
        public Builder bridge(LoyaltyBridge bridge) {
            this.bridge = Checks.requireNonNull(bridge, "bridge");
            return this;
        }

        /** Where runs keep their checkpoints and take their leases (in memory by default; see {@link FileCheckpointStore}). */
        public Builder checkpoints(CheckpointStore checkpoints) {
            this.checkpoints = Checks.requireNonNull(checkpoints, "checkpoints");
            return this;
        }

        /** Told of a run's progress after each item. */
        public Builder listener(SyncListener listener) {
            this.listener = Checks.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the sync.
         *
         * @throws IllegalStateException when no bridge was given
         * @throws IllegalArgumentException when the bridge was not built by {@link LoyaltyBridge#builder()}
         */
        public LoyaltySync build() {
            if (bridge == null) {
                throw new IllegalStateException("LoyaltySync needs bridge(LoyaltyBridge)");
            }
            if (!(bridge instanceof DefaultLoyaltyBridge built)) {
                throw new IllegalArgumentException("LoyaltySync needs a bridge built by LoyaltyBridge.builder(), was "
                        + bridge.getClass().getName());
            }
            return new DefaultLoyaltySync(built.settings(), built::invalidate, checkpoints, listener);
        }
    }
}
