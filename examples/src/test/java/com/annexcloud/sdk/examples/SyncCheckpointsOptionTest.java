package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.JobLease;
import com.annexcloud.sdk.bridge.jdbc.JdbcCheckpointStore;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync … --checkpoints <dir|jdbc-url>}: the CLI keeps checkpoints and job leases where it is told, on a
 * real PostgreSQL (zonky's embedded server, from Maven Central) for a JDBC URL.
 */
@ExtendWith(SandboxExtension.class)
class SyncCheckpointsOptionTest {
    private static EmbeddedPostgres postgres;

    private final Sandbox sandbox;

    @TempDir
    Path work;

    SyncCheckpointsOptionTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private CommandResult sync(String... options) throws Exception {
        Path members = work.resolve("members.txt");
        Files.writeString(members, DemoCommand.SAMPLE_MEMBER + "\n");
        List<String> args = new java.util.ArrayList<>(List.of("sync", "annex-to-gorgias", "--members", members.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = SandboxEnvironment.of(sandbox, work.resolve("default-checkpoints"));
        int exit = BridgeExample.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandResult(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Test
    void aJdbcUrlKeepsTheJobInTheDatabase() throws Exception {
        CommandResult result = sync("--checkpoints", jdbcUrl());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.lastLineJson().path("scanned").asInt()).isEqualTo(1);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "annexcloud_sync_%", null)) {
            assertThat(tables.next()).as("the store created its tables on demand").isTrue();
        }
        assertThat(work.resolve("default-checkpoints")).doesNotExist();
    }

    @Test
    void aRunOfTheSameJobOnAnotherNodeIsRefusedNamingItsOwner() throws Exception {
        try (JdbcCheckpointStore otherNode = JdbcCheckpointStore.builder().dataSource(postgres.getPostgresDatabase())
                .createSchema(true).owner("node-a").build();
             JobLease held = otherNode.lease("annex-to-gorgias-default", Duration.ZERO)) {
            CommandResult result = sync("--checkpoints", jdbcUrl());

            assertThat(result.exit()).isEqualTo(BridgeExample.COULD_NOT_RUN);
            assertThat(result.err()).contains("could not run").contains("node-a").doesNotContain("Exception:");
            assertThat(held.owner()).isEqualTo("node-a");
        }
    }

    @Test
    void aDirectoryIsWhereTheCheckpointIsRead() throws Exception {
        Path directory = Files.createDirectories(work.resolve("elsewhere"));
        Files.writeString(directory.resolve("annex-to-gorgias-default.checkpoint.json"), "{not json");

        CommandResult result = sync("--checkpoints", directory.toString());

        assertThat(result.exit()).isEqualTo(BridgeExample.COULD_NOT_RUN);
        assertThat(result.err()).contains("--restart");
        assertThat(sync("--checkpoints", directory.toString(), "--restart").exit()).isZero();
    }

    @Test
    void anUnreachableDatabaseCouldNotRunAndANegativeWaitIsAUsageError() throws Exception {
        CommandResult unreachable = sync("--checkpoints", "jdbc:postgresql://127.0.0.1:1/none");
        CommandResult negative = sync("--lease-wait", "-1");

        assertThat(unreachable.exit()).as(unreachable.err()).isEqualTo(BridgeExample.COULD_NOT_RUN);
        assertThat(unreachable.err()).contains("could not run");
        assertThat(negative.exit()).isEqualTo(BridgeExample.USAGE);
    }
}
