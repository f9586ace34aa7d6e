package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.FileCheckpointStore;
import com.annexcloud.sdk.bridge.GorgiasInstaller;
import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.LoyaltySync;
import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.jdbc.JdbcCheckpointStore;
import com.annexcloud.sdk.core.TransportException;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The clients a command uses and the bridge, sync and installer over them, closed together. A command reads only its own
 * settings: the side it never calls is a {@link NotConfigured} stand-in.
 */
final class Upstreams implements AutoCloseable {
    private final AnnexCloudClient annex;
    private final GorgiasClient gorgias;
    private final BudgetMeter meter;
    private final CheckpointStore checkpoints;
    private final LoyaltyBridge bridge;
    private final LoyaltySync sync;

    private Upstreams(AnnexCloudClient annex, GorgiasClient gorgias, BudgetMeter meter, CheckpointStore checkpoints,
                      SyncListener listener, UnaryOperator<LoyaltyBridge.Builder> cards) {
        this.annex = annex;
        this.gorgias = gorgias;
        this.meter = meter;
        this.checkpoints = checkpoints;
        this.bridge = cards.apply(LoyaltyBridge.builder()
                .annexCloud(annex)
                .gorgias(gorgias)
                .cache(Duration.ofSeconds(30), 10_000))
                .build();
        this.sync = LoyaltySync.builder().bridge(bridge).checkpoints(checkpoints).listener(listener).build();
    }

    /** Annex Cloud only: {@code lookup} and {@code serve}, whose cards list what {@code cards} asks for. */
    static Upstreams annexCloud(ExampleConfig config, CardOptions cards) {
        return new Upstreams(config.annexCloud(), NotConfigured.client(GorgiasClient.class, ExampleConfig.GORGIAS),
                new BudgetMeter(Clock.systemUTC()), new FileCheckpointStore(config.checkpointDirectory()), SyncListener.none(),
                bridge -> cards.applyTo(bridge, CardOptions.Defaults.NONE));
    }

    /**
     * {@code serve}: Annex Cloud, and Gorgias when it is configured (the routing hook tags tickets there); cards
     * list what {@code cards} asks for.
     */
    static Upstreams serving(ExampleConfig config, CardOptions cards) {
        if (!config.has(ExampleConfig.GORGIAS)) {
            return annexCloud(config, cards);
        }
        AnnexCloudClient annex = config.annexCloud();
        BudgetMeter meter = new BudgetMeter(Clock.systemUTC());
        try {
            return new Upstreams(annex, config.gorgias(meter), meter, new FileCheckpointStore(config.checkpointDirectory()),
                    SyncListener.none(), bridge -> cards.applyTo(bridge, CardOptions.Defaults.NONE));
        } catch (RuntimeException e) {
            annex.close();
            throw e;
        }
    }

    /** Gorgias only: {@code install} and {@code uninstall}. */
    static Upstreams gorgias(ExampleConfig config) {
        BudgetMeter meter = new BudgetMeter(Clock.systemUTC());
        return new Upstreams(NotConfigured.client(AnnexCloudClient.class, ExampleConfig.ANNEX_CLOUD),
                config.gorgias(meter), meter, new FileCheckpointStore(config.checkpointDirectory()), SyncListener.none(),
                UnaryOperator.identity());
    }

    /**
     * Both vendors: the syncs, keeping checkpoints where {@code checkpoints} says (see {@link
     * ExampleConfig#checkpoints}; a database store is closed with the clients) and reporting progress to
     * {@code listener}.
     */
    static Upstreams both(ExampleConfig config, Optional<String> checkpoints, SyncListener listener) {
        config.require(ExampleConfig.ANNEX_CLOUD, ExampleConfig.GORGIAS);
        AnnexCloudClient annex = config.annexCloud();
        BudgetMeter meter = new BudgetMeter(Clock.systemUTC());
        CheckpointStore store = null;
        try {
            GorgiasClient gorgias = config.gorgias(meter);
            store = config.checkpoints(checkpoints);
            return new Upstreams(annex, gorgias, meter, store, listener, UnaryOperator.identity());
        } catch (RuntimeException e) {
            annex.close();
            if (store instanceof JdbcCheckpointStore database) {
                database.close();
            }
            throw e;
        }
    }

    /**
     * Proves the Annex Cloud credentials ({@code verifyCredentials()}): refused ones and a wrong base URL
     * propagate as configuration errors; an Annex Cloud that cannot be reached becomes "could not run".
     */
    void verifyAnnexCloud() {
        try {
            annex.verifyCredentials();
        } catch (TransportException e) {
            throw new CouldNotRunException("could not check the Annex Cloud credentials: " + e.getMessage(), e);
        }
    }

    LoyaltyBridge bridge() {
        return bridge;
    }

    /** The syncs, over the bridge's clients and card options, keeping their checkpoints in this store. */
    LoyaltySync sync() {
        return sync;
    }

    /** The Gorgias setup ({@code install}, {@code uninstall}) through this Gorgias client. */
    GorgiasInstaller installer() {
        return GorgiasInstaller.of(gorgias);
    }

    /** The Gorgias budget as the client learnt it and the use this process made of it. */
    String gorgiasBudget() {
        return meter.line(gorgias.rateLimitStatus());
    }

    @Override
    public void close() {
        try {
            gorgias.close();
        } finally {
            try {
                annex.close();
            } finally {
                if (checkpoints instanceof JdbcCheckpointStore database) {
                    database.close();
                }
            }
        }
    }
}
