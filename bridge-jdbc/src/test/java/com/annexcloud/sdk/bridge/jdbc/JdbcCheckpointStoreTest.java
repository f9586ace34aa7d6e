package com.annexcloud.sdk.bridge.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.CheckpointUnreadableException;
import com.annexcloud.sdk.bridge.model.Checkpoint;
import com.annexcloud.sdk.bridge.model.SyncFailure;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.core.Secret;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Checkpoints on a real PostgreSQL: round trips, one transaction per write, the schema, the URL entry point. */
class JdbcCheckpointStoreTest {
    private final DataSource dataSource = EmbeddedPostgresDatabase.fresh();
    private final JdbcCheckpointStore store = JdbcCheckpointStore.builder().dataSource(dataSource).createSchema(true)
            .owner("node-a").build();

    static Checkpoint checkpoint(long position) {
        return Checkpoint.builder()
                .runStartedAt(OffsetDateTime.parse("2026-11-24T05:00:00Z"))
                .watermark(OffsetDateTime.parse("2026-11-20T10:15:30.123456Z"))
                .addDoneAtWatermark(7L, 9L)
                .position(position)
                .progress(SyncReport.builder().scanned(7).created(3).updated(1).unchanged(2).skipped(1).failed(0).build())
                .addSkips(SyncFailure.of("member x", "not a loyalty member"))
                .build();
    }

    @Test
    void savesLoadsAndClearsACheckpointByJobName() {
        store.save("annex-to-gorgias-nightly", checkpoint(42));

        assertThat(store.load("annex-to-gorgias-nightly")).contains(checkpoint(42));
        assertThat(store.load("other")).isEmpty();
        store.save("annex-to-gorgias-nightly", checkpoint(43));
        assertThat(store.load("annex-to-gorgias-nightly")).contains(checkpoint(43));
        store.clear("annex-to-gorgias-nightly");
        assertThat(store.load("annex-to-gorgias-nightly")).isEmpty();
        store.clear("annex-to-gorgias-nightly");
    }

    @Test
    void aJobNameIsABoundValueNotSql() {
        String name = "x'); DROP TABLE annexcloud_sync_checkpoint; --";

        store.save(name, checkpoint(1));

        assertThat(store.load(name)).contains(checkpoint(1));
        assertThat(store.load("x")).isEmpty();
    }

    @Test
    void withoutCreateSchemaMissingTablesAreAClearErrorAndTheSchemaFileCreatesThem() throws Exception {
        DataSource empty = EmbeddedPostgresDatabase.fresh();
        JdbcCheckpointStore strict = JdbcCheckpointStore.builder().dataSource(empty).build();

        assertThatThrownBy(() -> strict.load("job"))
                .isInstanceOf(CheckpointDatabaseException.class)
                .hasMessageContaining("loading the checkpoint of job")
                .hasMessageContaining("schema.sql")
                .extracting(e -> ((CheckpointDatabaseException) e).sqlState()).isEqualTo("42P01");
        // the documented SQL file, run twice as a user would, is what the store needs
        for (int run = 0; run < 2; run++) {
            try (Connection connection = empty.getConnection()) {
                com.annexcloud.sdk.bridge.jdbc.internal.Schema.create(connection);
            }
        }
        strict.save("job", checkpoint(5));
        assertThat(strict.load("job")).contains(checkpoint(5));
    }

    @Test
    void aDamagedRowIsUnreadableNamingTheJobAndARestartCanClearIt() throws Exception {
        store.save("job", checkpoint(1));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement damage = connection.prepareStatement(
                     "UPDATE annexcloud_sync_checkpoint SET checkpoint = '{\"runStartedAt\": 12' WHERE job_name = 'job'")) {
            damage.executeUpdate();
        }

        assertThatThrownBy(() -> store.load("job"))
                .isInstanceOf(CheckpointUnreadableException.class)
                .hasMessageContaining("annexcloud_sync_checkpoint row job")
                .extracting(e -> ((CheckpointUnreadableException) e).location()).asString().contains("row job");
        store.clear("job");
        assertThat(store.load("job")).isEmpty();
    }

    @Test
    void eachSaveIsOneTransactionAndStampedWithTheDatabaseClock() throws Exception {
        store.save("job", checkpoint(1));

        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*), bool_and(saved_at <= CURRENT_TIMESTAMP) FROM annexcloud_sync_checkpoint");
             ResultSet row = query.executeQuery()) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(1);
            assertThat(row.getBoolean(2)).isTrue();
        }
    }

    @Test
    void fromUrlReadsCredentialsFromTheEnvironmentAndNeverShowsThePassword() {
        String url = EmbeddedPostgresDatabase.freshUrl();
        Map<String, String> env = Map.of(JdbcCheckpointStore.USER_VARIABLE, "postgres",
                JdbcCheckpointStore.PASSWORD_VARIABLE, "s3cret-pw");

        try (JdbcCheckpointStore fromEnv = JdbcCheckpointStore.fromUrl(url + "&password=url-pw", env)) {
            fromEnv.save("job", checkpoint(3));
            assertThat(fromEnv.load("job")).contains(checkpoint(3));
            assertThat(fromEnv.toString()).contains("postgres").doesNotContain("s3cret-pw").doesNotContain("url-pw");
        }
        assertThatThrownBy(() -> JdbcCheckpointStore.fromUrl("postgresql://db/x", env))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:");
    }

    @Test
    void fromUrlLeavesTheTablesToTheUserWhenToldTo() {
        String url = EmbeddedPostgresDatabase.freshUrl();

        try (JdbcCheckpointStore noDdl = JdbcCheckpointStore.fromUrl(url,
                Map.of(JdbcCheckpointStore.CREATE_SCHEMA_VARIABLE, "false"))) {
            assertThatThrownBy(() -> noDdl.load("job")).isInstanceOf(CheckpointDatabaseException.class);
        }
    }

    @Test
    void theBuilderNamesWhatIsMissingOrWrong() {
        assertThatThrownBy(() -> JdbcCheckpointStore.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dataSource");
        assertThatThrownBy(() -> JdbcCheckpointStore.builder().leaseDuration(java.time.Duration.ZERO))
                .hasMessageContaining("leaseDuration");
        assertThatThrownBy(() -> JdbcCheckpointStore.builder().owner(" ")).hasMessageContaining("owner");
        assertThatThrownBy(() -> store.save("", checkpoint(1))).hasMessageContaining("jobName");
        assertThat(JdbcCheckpointStore.builder().dataSource(dataSource).build().owner())
                .endsWith("/" + ProcessHandle.current().pid());
        assertThat(JdbcCheckpointStore.builder().url("jdbc:postgresql://db/x", "u", Secret.of("pw")).build().toString())
                .contains("jdbc:postgresql://db/x as u").doesNotContain("pw");
    }
}
