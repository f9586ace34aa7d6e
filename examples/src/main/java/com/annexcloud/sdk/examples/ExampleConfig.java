package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.CheckpointStore;
import com.annexcloud.sdk.bridge.FileCheckpointStore;
import com.annexcloud.sdk.bridge.InstallHandler;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.jdbc.JdbcCheckpointStore;
import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.RequestListener;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The example app's configuration, read from the environment as the design's contract names it:
 * {@code ANNEXCLOUD_BASE_URL} (default production), {@code ANNEXCLOUD_SITE_ID}, {@code ANNEXCLOUD_SECRET},
 * {@code GORGIAS_BASE_URL}, {@code GORGIAS_EMAIL}, {@code GORGIAS_API_KEY}, {@code BRIDGE_TOKEN},
 * {@code BRIDGE_CHECKPOINT_DIR} (default {@code .bridge-checkpoints}), {@code GORGIAS_RATE_LIMIT}
 * (optional, such as {@code 40/20s}: a cap on this process's share of the account's budget, which the
 * Gorgias client otherwise learns from the server), and for a public app's install {@code GORGIAS_CLIENT_ID},
 * {@code GORGIAS_CLIENT_SECRET} and {@code PUBLIC_URL}.
 */
final class ExampleConfig {
    private final Map<String, String> env;

    ExampleConfig(Map<String, String> env) {
        this.env = env;
    }

    /** The variables the Annex Cloud client needs ({@code ANNEXCLOUD_BASE_URL} has a default). */
    static final List<String> ANNEX_CLOUD = List.of("ANNEXCLOUD_SITE_ID", "ANNEXCLOUD_SECRET");
    /** The variables the Gorgias client needs. */
    static final List<String> GORGIAS = List.of("GORGIAS_BASE_URL", "GORGIAS_EMAIL", "GORGIAS_API_KEY");
    /** The bearer token Gorgias sends to the widget endpoint. */
    static final List<String> TOKEN = List.of("BRIDGE_TOKEN");
    /** What a public Gorgias app's install needs besides the token ({@link InstallHandler#fromEnv}). */
    static final List<String> PUBLIC_APP = List.of("GORGIAS_CLIENT_ID", "GORGIAS_CLIENT_SECRET", "PUBLIC_URL");

    /** Fails with one message naming every missing variable of all the groups a command needs. */
    @SafeVarargs
    final void require(List<String>... groups) {
        List<String> missing = new ArrayList<>();
        for (List<String> group : groups) {
            group.stream().filter(name -> value(name).isEmpty()).forEach(missing::add);
        }
        if (!missing.isEmpty()) {
            throw new UsageException("missing configuration: set " + String.join(", ", missing)
                    + " (see docs/quickstart.md; 'demo' prints them for its sandbox)");
        }
    }

    /** Whether every variable of {@code group} is set. */
    boolean has(List<String> group) {
        return group.stream().allMatch(name -> value(name).isPresent());
    }

    AnnexCloudClient annexCloud() {
        require(ANNEX_CLOUD);
        try {
            return AnnexCloudClient.fromEnv(env);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException("Annex Cloud configuration: " + e.getMessage());
        }
    }

    /** The Gorgias client, reporting its requests to {@code listener}. */
    GorgiasClient gorgias(RequestListener listener) {
        require(GORGIAS);
        Optional<GorgiasRateLimit> cap = gorgiasRateLimit();
        try {
            GorgiasClient.Builder builder = GorgiasClient.builder().fromEnv(env)
                    .options(ClientOptions.builder().listener(listener).build());
            cap.ifPresent(builder::rateLimit);
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException("Gorgias configuration: " + e.getMessage());
        }
    }

    /**
     * {@code endpoint}, with a public Gorgias app's one-click install in front of it
     * ({@link InstallHandler#INSTALL_PATH}, {@link InstallHandler#CALLBACK_PATH}) when
     * {@code GORGIAS_CLIENT_ID} is set; then {@link #PUBLIC_APP} is required too.
     */
    WidgetEndpoint withPublicAppInstall(WidgetEndpoint endpoint) {
        if (value("GORGIAS_CLIENT_ID").isEmpty()) {
            return endpoint;
        }
        require(PUBLIC_APP, TOKEN);
        try {
            return InstallHandler.fromEnv(env).routedWith(endpoint);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException("public app configuration: " + e.getMessage());
        }
    }

    /** A setting as set, or "unset", for a message that says to check it. */
    String shown(String name) {
        return value(name).orElse("unset");
    }

    /** {@code GORGIAS_RATE_LIMIT}, if set. */
    Optional<GorgiasRateLimit> gorgiasRateLimit() {
        try {
            return value("GORGIAS_RATE_LIMIT").map(GorgiasRateLimit::parse);
        } catch (IllegalArgumentException e) {
            throw new UsageException("GORGIAS_RATE_LIMIT: " + e.getMessage() + " (was '"
                    + value("GORGIAS_RATE_LIMIT").orElseThrow() + "')");
        }
    }

    Secret bridgeToken() {
        require(TOKEN);
        return Secret.of(value("BRIDGE_TOKEN").orElseThrow());
    }

    Path checkpointDirectory() {
        return Path.of(value("BRIDGE_CHECKPOINT_DIR").orElse(".bridge-checkpoints"));
    }

    /**
     * The checkpoint store at {@code location}: a JDBC URL ({@code jdbc:…}, credentials from
     * {@code CHECKPOINT_DB_USER}/{@code CHECKPOINT_DB_PASSWORD}) or a directory; by default the
     * {@link #checkpointDirectory()}.
     */
    CheckpointStore checkpoints(Optional<String> location) {
        if (location.filter(value -> value.startsWith("jdbc:")).isPresent()) {
            try {
                return JdbcCheckpointStore.fromUrl(location.get(), env);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--checkpoints: " + e.getMessage());
            }
        }
        return new FileCheckpointStore(location.map(Path::of).orElseGet(this::checkpointDirectory));
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
