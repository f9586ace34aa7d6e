package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.annexcloud.sdk.testsupport.HtmlNotFoundServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code bridge-example.jar} as a process against a sandbox in this JVM. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BridgeExampleProcessIT {
    private static final String TOKEN = "process-test-token";
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
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
        return env(sandbox);
    }

    private Map<String, String> env(Sandbox target) {
        Map<String, String> env = SandboxEnvironment.of(target, work.resolve("checkpoints"));
        env.put("BRIDGE_TOKEN", TOKEN);
        return env;
    }

    private static Map<String, String> noConfiguration() {
        return Map.of("PATH", System.getenv().getOrDefault("PATH", ""));
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        // C1 only and the serial collector: these processes live a second or two (start-up is most of it)
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                System.getProperty("example.jar")));
        command.addAll(List.of(args));
        return start(env, command);
    }

    private Process start(Map<String, String> env, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    private CommandResult run(Map<String, String> env, String... args) throws Exception {
        return finish(start(env, args));
    }

    /** Starts every command at once (JVM start-up is most of their time) and waits for all of them. */
    private List<CommandResult> runAll(Map<String, String> env, List<List<String>> commands) throws Exception {
        List<Process> processes = new ArrayList<>();
        for (List<String> args : commands) {
            processes.add(start(env, args.toArray(String[]::new)));
        }
        List<CommandResult> results = new ArrayList<>();
        for (Process process : processes) {
            results.add(finish(process));
        }
        return results;
    }

    private static CommandResult finish(Process process) throws Exception {
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CommandResult(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static BufferedReader lines(java.io.InputStream stream) {
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** The last line a running demo printed, stripped, that starts with {@code prefix}, read up to "listening on". */
    private static String printedByDemo(Process demo, String prefix) throws IOException {
        BufferedReader out = lines(demo.getInputStream());
        String found = null;
        for (String line = out.readLine(); line != null && !line.startsWith("listening on"); line = out.readLine()) {
            if (line.strip().startsWith(prefix)) {
                found = line.strip();
            }
        }
        assertThat(found).as("a printed line starting with " + prefix).isNotNull();
        return found;
    }

    /** What a test does with a running demo. */
    private interface DemoCheck {
        void check(Process demo) throws Exception;
    }

    /** Runs {@code check} on a demo on a free port, then stops the demo and waits for it to end. */
    private void onDemo(DemoCheck check) throws Exception {
        Process demo = start(noConfiguration(), "demo", "--port", "0");
        try {
            check.check(demo);
        } finally {
            demo.destroy();
            assertThat(demo.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void lookupPrintsTheCardOfAMemberAndOfANonMemberAndRefusesABadEmail() throws Exception {
        List<CommandResult> results = runAll(env(), List.of(List.of("lookup", "john.doe@example.com"),
                List.of("lookup", "nina.nonmember@example.com"), List.of("lookup", "not-an-email")));
        CommandResult member = results.get(0);
        CommandResult nonMember = results.get(1);

        assertThat(member.exit()).as(member.err()).isZero();
        JsonNode card = member.lastLineJson();
        assertThat(card.path("member").asBoolean()).isTrue();
        assertThat(card.path("name").asText()).isEqualTo("John Doe");
        assertThat(card.path("points").path("available").asLong()).isEqualTo(6656);
        assertThat(card.path("tier").path("current").asText()).isEqualTo("Silver");
        assertThat(nonMember.exit()).isZero();
        assertThat(nonMember.lastLineJson().path("member").asBoolean(true)).isFalse();
        assertThat(results.get(2).exit()).isEqualTo(2);
        assertThat(results.get(2).err()).contains("@");
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
    void aBaseUrlAnsweringAnHtml404IsAConfigurationErrorNotANonMemberOrAnOutage() throws Exception {
        try (HtmlNotFoundServer web = HtmlNotFoundServer.start()) {
            Map<String, String> env = env();
            env.put("ANNEXCLOUD_BASE_URL", web.url("/wrong"));

            Map<String, String> wrongGorgias = env();
            wrongGorgias.put("GORGIAS_BASE_URL", web.url("/api"));

            CommandResult result = run(env, "lookup", "john.doe@example.com");
            CommandResult sync = run(wrongGorgias, "sync", "gorgias-to-annex");

            assertThat(result.exit()).as(result.err()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).contains("check ANNEXCLOUD_BASE_URL", "/wrong", "/api/3.0")
                    .doesNotContain("\tat ");
            assertThat(sync.exit()).as(sync.err()).isEqualTo(2);
            assertThat(sync.err()).contains("check GORGIAS_BASE_URL", "text/html").doesNotContain("\tat ");
        }
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
        assertThat(first.err()).contains("sync gorgias-to-annex").containsPattern("done \\d+, [0-9.]+/s");
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
        assertThat(result.err()).contains("done " + ids.size() + "/" + ids.size() + ", ").contains("s left");
    }

    @Test
    void aDryRunSaysSoAndProgressNamesEachSkipWithItsReason() throws Exception {
        Path members = Files.write(work.resolve("members.txt"), List.of("john.doe@example.com", "not-an-email"));

        CommandResult result = run(env(), "sync", "annex-to-gorgias", "--members", members.toString(), "--dry-run");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.lastLineJson().path("dryRun").asBoolean()).isTrue();
        assertThat(result.lastLineJson().path("skipped").asInt()).isEqualTo(1);
        assertThat(result.err()).contains("dry run: nothing will be written",
                "skipped member not-an-email: member id is not an email address", "done 2/2, ",
                "dry run: nothing was written");
    }

    @Test
    void sigtermStopsASyncWithItsSummaryAndTheRerunResumes() throws Exception {
        try (Sandbox slow = Sandbox.builder().data(SandboxData.sample()).start()) {
            slow.annexCloud().faults().delay("GET", ".*", Duration.ofMillis(200));
            Path members = work.resolve("members.txt");
            List<String> ids = SandboxData.sample().members().stream().map(SandboxMember::id).toList();
            Files.write(members, ids);
            Process sync = start(env(slow), "sync", "annex-to-gorgias", "--members", members.toString());
            BufferedReader err = lines(sync.getErrorStream());
            List<String> before = new ArrayList<>();
            for (String line = err.readLine(); line != null && !line.startsWith("done "); line = err.readLine()) {
                before.add(line);
            }

            sync.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the streams we still read
            String out = new String(sync.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String rest = String.join("\n", err.lines().toList());
            assertThat(sync.waitFor(30, TimeUnit.SECONDS)).isTrue();

            CommandResult stopped = new CommandResult(sync.exitValue(), out, String.join("\n", before) + "\n" + rest);
            assertThat(stopped.exit()).as(stopped.err()).isEqualTo(143);
            assertThat(stopped.lastLineJson().path("interrupted").asBoolean()).as(stopped.err()).isTrue();
            assertThat(stopped.lastLineJson().path("scanned").asInt()).isLessThan(ids.size());
            assertThat(stopped.err()).contains("interrupted: run the same command again to resume");

            slow.annexCloud().faults().clear();
            CommandResult resumed = run(env(slow), "sync", "annex-to-gorgias", "--members", members.toString());
            assertThat(resumed.exit()).as(resumed.err()).isZero();
            assertThat(resumed.lastLineJson().path("scanned").asInt()).isEqualTo(ids.size());
            assertThat(resumed.lastLineJson().has("interrupted")).isFalse();
        }
    }

    @Test
    void serveListensOnTheHostGivenAndLogsEachRequestWithoutQueryOrToken() throws Exception {
        Process server = start(env(), "serve", "--host", "127.0.0.2", "--port", "0");
        try {
            String line = lines(server.getInputStream()).readLine();
            assertThat(line).startsWith("listening on http://127.0.0.2:");
            String base = line.substring("listening on ".length());

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "/gorgias/loyalty?email=john.doe%40example.com"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("member").asBoolean()).isTrue();
            String logged = lines(server.getErrorStream()).readLine();
            assertThat(logged).matches("\\S+Z GET /gorgias/loyalty 200 \\d+ ms").doesNotContain(TOKEN, "john");
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void serveListsWhatTheCardOptionsAskForAndRefusesABadOneBeforeListening() throws Exception {
        CommandResult bad = run(env(), "serve", "--port", "0", "--redemptions", "21");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--redemptions must be a number from 0 to 20", "usage: ");
        assertThat(bad.out()).doesNotContain("listening on");

        Process server = start(env(), "serve", "--port", "0", "--activity", "2", "--rewards", "--redemptions", "3");
        try {
            String base = lines(server.getInputStream()).readLine().substring("listening on ".length());

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "/gorgias/loyalty?email=john.doe%40example.com"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());

            JsonNode card = JSON.readTree(response.body());
            assertThat(card.path("redemptions").get(0).path("code").asText()).matches("SBX111-\\d{6}");
            assertThat(card.path("rewards")).isNotEmpty();
            assertThat(card.has("recentActivity")).isTrue();
            assertThat(lines(server.getErrorStream()).readLine()).doesNotContain("SBX111");
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theDemosCardListsActivityRewardsAndTheSampleRedemptionsCode() throws Exception {
        onDemo(demo -> {
            JsonNode card = JSON.readTree(printedByDemo(demo, "{\"member\":true"));

            assertThat(card.path("email").asText()).isEqualTo("john.doe@example.com");
            assertThat(card.path("redemptions").get(0).path("code").asText()).matches("SBX111-\\d{6}");
            assertThat(card.path("recentActivity")).isNotEmpty();
            assertThat(card.path("rewards")).isNotEmpty();
        });
    }

    @Test
    void serveOnABusyPortSaysSoAndExitsThree() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CommandResult result = run(env(), "serve", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(result.exit()).as(result.err()).isEqualTo(3);
            assertThat(result.err()).contains("could not run", "127.0.0.1:" + taken.getLocalPort(), "--port")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void serveWithAWrongSecretFailsBeforeListeningNamingTheSettingsNotTheSecret() throws Exception {
        // The sandbox refuses the signature with AC1002 (401), as Annex Cloud does (V3 error table).
        Map<String, String> env = env();
        env.put("ANNEXCLOUD_SECRET", "wrong-annex-secret-4711");

        CommandResult result = run(env, "serve", "--port", "0");

        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).doesNotContain("listening on");
        assertThat(result.err()).contains("configuration error:", "check ANNEXCLOUD_SITE_ID and ANNEXCLOUD_SECRET")
                .doesNotContain("wrong-annex-secret-4711", "\tat ");
    }

    @Test
    void serveWhenAnnexCloudCannotBeReachedAtStartupIsExitThree() throws Exception {
        Map<String, String> env = env();
        env.put("ANNEXCLOUD_BASE_URL", "http://127.0.0.1:9/api/3.0");

        CommandResult result = run(env, "serve", "--port", "0");

        assertThat(result.exit()).as(result.err()).isEqualTo(3);
        assertThat(result.out()).doesNotContain("listening on");
        assertThat(result.err()).contains("could not run", "Annex Cloud credentials").doesNotContain("\tat ");
    }

    @Test
    void theDemoPrintsExportLinesThatRunLookupAndBothSyncsAgainstItsSandbox() throws Exception {
        Process demo = start(noConfiguration(), "demo", "--port", "0");
        try {
            BufferedReader out = lines(demo.getInputStream());
            List<String> pasted = new ArrayList<>();
            boolean pasting = false;
            for (String line = out.readLine(); line != null && !line.startsWith("listening on"); line = out.readLine()) {
                if (line.startsWith("(the sandbox lives")) {
                    pasting = false;
                }
                if (pasting) {
                    pasted.add(line.strip());
                }
                pasting |= line.startsWith("To run the other commands");
            }
            assertThat(pasted).anyMatch(l -> l.startsWith("export ANNEXCLOUD_BASE_URL="))
                    .anyMatch(l -> l.startsWith("export BRIDGE_TOKEN="));
            // the lines as printed, run by a shell; only the launcher is this build's java and jar
            String script = String.join("\n", pasted).replace("java -jar examples/target/bridge-example.jar",
                    JAVA + " -jar " + System.getProperty("example.jar"));

            CommandResult result = finish(start(noConfiguration(), List.of("bash", "-e", "-c", script)));

            assertThat(result.exit()).as(result.err()).isZero();
            List<JsonNode> printed = new ArrayList<>();
            for (String line : result.out().strip().split("\\R")) {
                printed.add(JSON.readTree(line));
            }
            assertThat(printed).hasSize(3);
            assertThat(printed.get(0).path("member").asBoolean()).isTrue();
            assertThat(printed.get(1).path("scanned").asInt()).isPositive();
            assertThat(printed.get(1).path("failed").asInt()).isZero();
            assertThat(printed.get(2).path("scanned").asInt()).isEqualTo(2);
            assertThat(printed.get(2).path("failed").asInt()).isZero();
        } finally {
            demo.destroy();
            assertThat(demo.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theDemoPrintsTheSidebarPreviewsUrlAndServesItThereWithoutAToken() throws Exception {
        onDemo(demo -> {
            String preview = printedByDemo(demo, "Sidebar preview:").replaceAll("^Sidebar preview:\\s+(\\S+).*", "$1");
            assertThat(preview).as("the printed preview URL").matches("http://127\\.0\\.0\\.1:\\d+/");

            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(preview + "?email=ava.nguyen@example.com")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(page.body()).contains("value=\"ava.nguyen@example.com\"", "class=\"gs-card\"", ">Member</span>")
                    .doesNotContain("Bearer demo-");
        });
    }

    @Test
    void serveWithAClientIdAlsoServesThePublicAppsInstall() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Map<String, String> env = env();
        env.put("GORGIAS_CLIENT_ID", sandbox.gorgias().oauthClientId());
        env.put("GORGIAS_CLIENT_SECRET", sandbox.gorgias().oauthClientSecret().reveal());
        env.put("GORGIAS_ACCOUNT_URL", sandbox.gorgias().accountUri().toString());
        env.put("WIDGET_PUBLIC_URL", "https://loyalty.example.com/gorgias/loyalty");
        Map<String, String> withoutPublicUrl = Map.copyOf(env);
        env.put("PUBLIC_URL", "http://127.0.0.1:" + port);

        CommandResult incomplete = run(withoutPublicUrl, "serve", "--port", "0");
        Process server = start(env, "serve", "--port", Integer.toString(port));
        try {
            assertThat(lines(server.getInputStream()).readLine()).isEqualTo("listening on http://127.0.0.1:" + port);
            HttpResponse<String> installed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/gorgias/oauth/install?account=" + sandbox.gorgias().account())).build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(installed.statusCode()).as(installed.body()).isEqualTo(200);
            assertThat(JSON.readTree(installed.body()).path("integrationId").asLong()).isPositive();
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(incomplete.exit()).isEqualTo(2);
        assertThat(incomplete.err()).contains("PUBLIC_URL").doesNotContain("GORGIAS_CLIENT_SECRET=");
    }

    @Test
    void theDemosRoutingLineTagsTheGoldMembersTicketOnceHoweverOftenItRuns() throws Exception {
        onDemo(demo -> {
            String route = printedByDemo(demo, "curl -s -X POST");
            assertThat(route).as("the printed routing line").contains("/gorgias/loyalty/route");

            CommandResult first = finish(start(noConfiguration(), List.of("bash", "-e", "-c", route)));
            CommandResult again = finish(start(noConfiguration(), List.of("bash", "-e", "-c", route)));

            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(JSON.readTree(first.out())).isEqualTo(JSON.readTree("{\"tagged\":true,\"tag\":\"loyalty-gold\",\"added\":true}"));
            assertThat(JSON.readTree(again.out())).isEqualTo(JSON.readTree("{\"tagged\":true,\"tag\":\"loyalty-gold\"}"));
        });
    }

    @Test
    void theDemosInstallLineInstallsThePublicAppOnItsSandbox() throws Exception {
        onDemo(demo -> {
            String install = printedByDemo(demo, "curl -sL '").replaceAll("^curl -sL '|'$", "");
            assertThat(install).as("the printed install line").contains("/gorgias/oauth/install?account=");
            // what a browser does with the App URL: follow the redirects to the sandbox's approval and back
            HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

            HttpResponse<String> installed = browser.send(HttpRequest.newBuilder(URI.create(install)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(installed.statusCode()).as(installed.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(installed.body());
            assertThat(body.path("integrationId").asLong()).isPositive();
            assertThat(body.path("widgetId").asLong()).isPositive();
            assertThat(installed.body()).doesNotContain("access_token", "refresh_token");
        });
    }

    @Test
    void installTwiceThenUninstallPrintWhatChangedInOneShape() throws Exception {
        CommandResult first = run(env(), "install", "--public-url", "https://loyalty.acme.test/gorgias/loyalty");
        CommandResult second = run(env(), "install", "--public-url", "https://loyalty.acme.test/gorgias/loyalty");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.lastLineJson().path("integration").path("action").asText()).isEqualTo("created");
        assertThat(first.lastLineJson().path("widget").path("action").asText()).isEqualTo("created");
        assertThat(first.lastLineJson().path("integration").path("id").asLong()).isPositive();
        assertThat(second.lastLineJson().path("integration").path("action").asText()).isEqualTo("unchanged");
        assertThat(sandbox.gorgias().integrations()).extracting(i -> i.path("name").asText())
                .containsExactly("Annex Cloud Loyalty", "Annex Cloud loyalty routing");
        assertThat(sandbox.gorgias().widgets()).hasSize(1);

        CommandResult removed = run(env(), "uninstall");
        CommandResult again = run(env(), "uninstall");

        assertThat(removed.exit()).isZero();
        assertThat(removed.lastLineJson().path("integration").path("action").asText()).isEqualTo("removed");
        assertThat(removed.lastLineJson().path("widget").path("action").asText()).isEqualTo("removed");
        assertThat(again.lastLineJson().path("integration").path("action").asText()).isEqualTo("absent");
        JsonNode installed = first.lastLineJson();
        assertThat(removed.lastLineJson().fieldNames()).toIterable()
                .containsExactlyElementsOf(installed::fieldNames);
        assertThat(sandbox.gorgias().integrations()).isEmpty();
        assertThat(sandbox.gorgias().widgets()).isEmpty();
        assertThat(run(env(), "install", "--public-url", "http://insecure.test/x").exit()).isEqualTo(2);
    }

    @Test
    void helpOnEveryCommandIsExitZeroWithThatCommandsUsageAndNeedsNoSettings() throws Exception {
        List<List<String>> commands = List.of(List.of("--help"), List.of("demo", "--help"), List.of("serve", "--help"),
                List.of("lookup", "--help"), List.of("sync", "--help"), List.of("sync", "gorgias-to-annex", "--help"),
                List.of("sync", "annex-to-gorgias", "--help"), List.of("install", "--help"), List.of("uninstall", "-h"));

        List<CommandResult> results = runAll(noConfiguration(), commands);

        for (int i = 0; i < commands.size(); i++) {
            List<String> command = commands.get(i).subList(0, commands.get(i).size() - 1);
            CommandResult result = results.get(i);
            assertThat(result.exit()).as(commands.get(i) + ": " + result.err()).isZero();
            assertThat(result.out()).as(commands.get(i).toString())
                    .startsWith(String.join(" ", "Usage: java -jar bridge-example.jar", String.join(" ", command)).strip())
                    .contains("--help");
        }
        assertThat(results.get(4).out()).contains("gorgias-to-annex", "annex-to-gorgias");
        assertThat(results.get(6).out()).contains("--members", "--dry-run", "--restart");
        assertThat(results.get(2).out()).contains("--host", "--port");
    }

    @Test
    void badUsageIsExitTwoWithAShortMessage() throws Exception {
        List<CommandResult> results = runAll(env(), List.of(List.of("frobnicate"), List.of("lookup"),
                List.of("serve", "--port", "http"), List.of("sync"), List.of("sync", "gorgias-to-annex", "--dryrun", "--bogus"),
                List.of("demo", "--port", "70000")));
        CommandResult unknown = results.get(0);
        CommandResult unknownFlag = results.get(4);

        assertThat(results).allSatisfy(result -> assertThat(result.exit()).as(result.err()).isEqualTo(2));
        assertThat(unknown.err()).contains("unknown command 'frobnicate'").contains("usage:");
        assertThat(results.get(1).err()).contains("<email>");
        assertThat(results.get(2).err()).contains("--port");
        assertThat(results.get(3).err()).contains("gorgias-to-annex or annex-to-gorgias");
        assertThat(results.get(5).err()).contains("--port must be a number from 0 to 65535, was 70000");
        assertThat(unknownFlag.err()).contains("unknown option '--dryrun'").doesNotContain("done ");
        assertThat(unknownFlag.out()).isEmpty();
        // a message, at most a suggestion and the synopsis, and where the usage is: never the full usage or a trace
        assertThat(results).allSatisfy(result -> assertThat(result.err().lines().count()).isBetween(2L, 4L));
        assertThat(results).allSatisfy(result -> assertThat(result.err()).contains("--help'").doesNotContain("\tat "));
    }

    @Test
    void eachCommandNamesAllItsMissingSettingsAtOnceAndOnlyItsOwn() throws Exception {
        List<CommandResult> results = runAll(noConfiguration(), List.of(List.of("lookup", "john.doe@example.com"),
                List.of("serve"), List.of("install", "--public-url", "https://loyalty.acme.test/gorgias/loyalty"),
                List.of("uninstall"), List.of("sync", "gorgias-to-annex")));

        assertThat(results).allSatisfy(result -> assertThat(result.exit()).isEqualTo(2));
        assertThat(missing(results.get(0))).containsExactly("ANNEXCLOUD_SITE_ID", "ANNEXCLOUD_SECRET");
        assertThat(missing(results.get(1))).containsExactly("ANNEXCLOUD_SITE_ID", "ANNEXCLOUD_SECRET", "BRIDGE_TOKEN");
        assertThat(missing(results.get(2))).containsExactly("GORGIAS_BASE_URL", "GORGIAS_EMAIL", "GORGIAS_API_KEY",
                "BRIDGE_TOKEN");
        assertThat(missing(results.get(3))).containsExactly("GORGIAS_BASE_URL", "GORGIAS_EMAIL", "GORGIAS_API_KEY");
        assertThat(missing(results.get(4))).containsExactly("ANNEXCLOUD_SITE_ID", "ANNEXCLOUD_SECRET",
                "GORGIAS_BASE_URL", "GORGIAS_EMAIL", "GORGIAS_API_KEY");
    }

    /** The variables named in the one "missing configuration" line of stderr. */
    private static List<String> missing(CommandResult result) {
        List<String> lines = result.err().lines().filter(l -> l.contains("missing configuration")).toList();
        assertThat(lines).as(result.err()).hasSize(1);
        String names = lines.get(0).replaceAll(".*set (.*) \\(see.*", "$1");
        return List.of(names.split(", "));
    }
}
