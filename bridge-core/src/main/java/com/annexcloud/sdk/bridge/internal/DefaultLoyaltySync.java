package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;

/** The {@link LoyaltySync}: each direction's step run by {@link SyncRun} on the calling thread. */
public final class DefaultLoyaltySync implements LoyaltySync {
    private final BridgeSettings settings;
    private final Consumer<String> invalidate;
    private final CardFetcher fetcher;
    private final CheckpointStore checkpoints;
    private final SyncListener listener;

    /**
     * Use {@link LoyaltySync#builder()}.
     *
     * @param settings   the bridge's: the clients, the card options and the clock
     * @param invalidate drops the bridge's cached card of an email the sync changed
     */
    public DefaultLoyaltySync(BridgeSettings settings, Consumer<String> invalidate, CheckpointStore checkpoints,
                              SyncListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.invalidate = Objects.requireNonNull(invalidate, "invalidate");
        // A sync only reads members: it must never enrol an id from its input, whatever the lookup policy.
        this.fetcher = CardFetcher.readOnly(settings);
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public SyncReport gorgiasToAnnexCloud(SyncOptions options) {
        return SyncRun.run(GorgiasToAnnexCloudSync.DIRECTION, options, checkpoints, listener, settings.clock(),
                new GorgiasToAnnexCloudSync(settings.gorgias(), settings.annex(), invalidate));
    }

    @Override
    public SyncReport annexCloudToGorgias(Iterator<String> memberIds, SyncOptions options) {
        Objects.requireNonNull(memberIds, "memberIds");
        return SyncRun.run(AnnexCloudToGorgiasSync.DIRECTION, options, checkpoints, listener, settings.clock(),
                new AnnexCloudToGorgiasSync(settings.gorgias(), fetcher, settings.clock(), memberIds));
    }

    @Override
    public String toString() {
        return "LoyaltySync[" + settings.annex() + ", " + settings.gorgias() + "]";
    }
}
