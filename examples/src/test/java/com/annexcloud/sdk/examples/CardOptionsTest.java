package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --activity N}, {@code --rewards} and {@code --redemptions N} of the commands that build cards, run in
 * process against the sample sandbox (John Doe holds one seeded redemption, docs/sandbox.md).
 */
@ExtendWith(SandboxExtension.class)
class CardOptionsTest {
    private final Sandbox sandbox;

    @TempDir
    Path work;

    CardOptionsTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    private CommandResult run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = SandboxEnvironment.of(sandbox, work.resolve("checkpoints"));
        int exit = BridgeExample.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandResult(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void lookupListsWhatTheOptionsAskFor() throws Exception {
        CommandResult result = run("lookup", DemoCommand.SAMPLE_MEMBER, "--activity", "1", "--rewards", "--redemptions", "2");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode card = result.lastLineJson();
        assertThat(card.path("recentActivity")).hasSize(1);
        assertThat(card.path("rewards")).isNotEmpty();
        assertThat(card.path("redemptions")).singleElement().satisfies(line -> {
            assertThat(line.path("code").asText()).matches("SBX111-\\d{6}");
            assertThat(line.path("reward").asText()).isEqualTo("$5 off your next order");
            assertThat(line.path("points").asInt()).isEqualTo(500);
            assertThat(line.path("date").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        });
        assertThat(card.has("_partial")).isFalse();
    }

    @Test
    void withoutOptionsTheCardListsNothingAndNoRewardsTurnsTheRewardsOff() throws Exception {
        JsonNode plain = run("lookup", DemoCommand.SAMPLE_MEMBER).lastLineJson();
        JsonNode noRewards = run("lookup", DemoCommand.SAMPLE_MEMBER, "--no-rewards", "--redemptions", "0").lastLineJson();

        assertThat(plain.path("points").path("available").asInt()).isEqualTo(6656);
        for (JsonNode card : List.of(plain, noRewards)) {
            assertThat(card.has("recentActivity")).isFalse();
            assertThat(card.has("rewards")).isFalse();
            assertThat(card.has("redemptions")).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "lookup, --activity, 21, --activity must be a number from 0 to 20, was 21",
            "lookup, --redemptions, -1, --redemptions must be a number from 0 to 20, was -1",
            "lookup, --redemptions, many, Invalid value for option '--redemptions'",
            "serve, --activity, 99, --activity must be a number from 0 to 20, was 99",
            "demo, --redemptions, 21, --redemptions must be a number from 0 to 20, was 21"})
    void aBadValueIsAUsageErrorWithTheUsage(String command, String option, String value, String message) {
        List<String> args = command.equals("lookup") ? List.of(command, DemoCommand.SAMPLE_MEMBER, option, value)
                : List.of(command, option, value);

        CommandResult result = run(args.toArray(String[]::new));

        assertThat(result.exit()).isEqualTo(BridgeExample.USAGE);
        assertThat(result.err()).contains("error: " + message, "usage: java -jar bridge-example.jar " + command + " [OPTIONS]",
                "see 'java -jar bridge-example.jar " + command + " --help'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        CommandResult result = run("lookup", DemoCommand.SAMPLE_MEMBER, "--activity");

        assertThat(result.exit()).isEqualTo(BridgeExample.USAGE);
        assertThat(result.err()).contains("error: ", "--activity", "usage: ");
    }

    @Test
    void theHelpOfEachCardCommandNamesTheOptions() {
        for (String command : List.of("serve", "lookup", "demo")) {
            CommandResult help = run(command, "--help");

            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("--activity=<lines>", "--[no-]rewards", "--redemptions=<lines>",
                    "reward codes");
        }
    }
}
