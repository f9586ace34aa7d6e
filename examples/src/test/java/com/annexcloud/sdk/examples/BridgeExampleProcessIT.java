package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code bridge-example.jar} as a process against a sandbox in this JVM. */
class BridgeExampleProcessIT {
    private static final String TOKEN = "process-test-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox sandbox;

    @TempDir
    Path work;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.builder().data(SandboxData.sample()).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = SandboxEnvironment.of(sandbox, work.resolve("checkpoints"));
        env.put("BRIDGE_TOKEN", TOKEN);
        return env;
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("example.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    private CommandResult run(Map<String, String> env, String... args) throws Exception {
        Process process = start(env, args);
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CommandResult(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void lookupOfAMemberPrintsTheCard() throws Exception {
        CommandResult result = run(env(), "lookup", "john.doe@example.com");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode card = result.lastLineJson();
        assertThat(card.path("member").asBoolean()).isTrue();
        assertThat(card.path("name").asText()).isEqualTo("John Doe");
        assertThat(card.path("points").path("available").asLong()).isEqualTo(6656);
        assertThat(card.path("tier").path("current").asText()).isEqualTo("Silver");
    }

    @Test
    void lookupOfANonMemberIsStillExitZero() throws Exception {
        CommandResult result = run(env(), "lookup", "nina.nonmember@example.com");

        assertThat(result.exit()).isZero();
        assertThat(result.lastLineJson().path("member").asBoolean(true)).isFalse();
    }

    @Test
    void lookupWhenAnnexCloudIsDownIsExitOne() throws Exception {
        Map<String, String> env = env();
        env.put("ANNEXCLOUD_BASE_URL", "http://127.0.0.1:9/api/3.0");

        CommandResult result = run(env, "lookup", "john.doe@example.com");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("upstream failure").doesNotContain(sandbox.annexCloud().secret().reveal());
    }

    @Test
    void syncGorgiasToAnnexEnrolsTheNonMembers() throws Exception {
        CommandResult first = run(env(), "sync", "gorgias-to-annex");
        CommandResult second = run(env(), "sync", "gorgias-to-annex");

        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode summary = first.lastLineJson();
        assertThat(summary.path("scanned").asInt()).isEqualTo(sandbox.gorgias().customers().size());
        assertThat(summary.path("created").asInt()).isPositive();
        assertThat(summary.path("failed").asInt()).isZero();
        assertThat(second.lastLineJson().path("created").asInt()).isZero();
        assertThat(summary.fieldNames()).toIterable()
                .containsExactly("scanned", "created", "updated", "unchanged", "skipped", "failed");
    }

    @Test
    void syncAnnexToGorgiasReadsTheMembersFile() throws Exception {
        Path members = work.resolve("members.txt");
        List<String> ids = SandboxData.sample().members().stream().map(SandboxMember::id).toList();
        Files.write(members, ids);

        CommandResult result = run(env(), "sync", "annex-to-gorgias", "--members", members.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode summary = result.lastLineJson();
        assertThat(summary.path("scanned").asInt()).isEqualTo(ids.size());
        assertThat(summary.path("failed").asInt()).isZero();
        assertThat(summary.path("created").asInt() + summary.path("updated").asInt()).isEqualTo(ids.size());
        assertThat(result.err()).contains("done ");
    }

    @Test
    void serveAnswersTheWidgetRequest() throws Exception {
        Process server = start(env(), "serve", "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).startsWith("listening on http://127.0.0.1:");
            String base = line.substring("listening on ".length());

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "/gorgias/loyalty?email=john.doe%40example.com"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("member").asBoolean()).isTrue();
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void installTwiceThenUninstallLeavesOneThenNothing() throws Exception {
        CommandResult first = run(env(), "install", "--public-url", "https://loyalty.acme.test/gorgias/loyalty");
        CommandResult second = run(env(), "install", "--public-url", "https://loyalty.acme.test/gorgias/loyalty");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.lastLineJson().path("integrationCreated").asBoolean()).isTrue();
        assertThat(second.lastLineJson().path("integrationCreated").asBoolean()).isFalse();
        assertThat(sandbox.gorgias().integrations()).hasSize(1);
        assertThat(sandbox.gorgias().widgets()).hasSize(1);

        CommandResult removed = run(env(), "uninstall");

        assertThat(removed.exit()).isZero();
        assertThat(removed.out()).contains("removed");
        assertThat(sandbox.gorgias().integrations()).isEmpty();
        assertThat(sandbox.gorgias().widgets()).isEmpty();
        assertThat(run(env(), "install", "--public-url", "http://insecure.test/x").exit()).isEqualTo(2);
    }

    @Test
    void badUsageIsExitTwoWithAMessage() throws Exception {
        CommandResult unknown = run(env(), "frobnicate");
        CommandResult noEmail = run(env(), "lookup");
        CommandResult badPort = run(env(), "serve", "--port", "http");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command 'frobnicate'").contains("usage:");
        assertThat(noEmail.exit()).isEqualTo(2);
        assertThat(badPort.exit()).isEqualTo(2);
        assertThat(badPort.err()).contains("--port");
    }

    @Test
    void missingConfigurationIsExitTwoNamingEveryMissingVariable() throws Exception {
        CommandResult result = run(Map.of("PATH", System.getenv().getOrDefault("PATH", "")), "lookup", "john.doe@example.com");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("ANNEXCLOUD_SITE_ID").contains("ANNEXCLOUD_SECRET");
    }

    @Test
    void invalidEmailIsAUsageError() throws Exception {
        CommandResult result = run(env(), "lookup", "not-an-email");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("@");
    }
}
