package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.sandbox.Sandbox;
import com.annexcloud.sdk.sandbox.SandboxExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code install} and {@code uninstall} end to end on the sandbox's Gorgias, through the example app: the card
 * integration, the routing hook, the widget and the loyalty macros (shapes: docs/vendor-facts-agent-workflow.md).
 */
@ExtendWith(SandboxExtension.class)
class SetupCommandTest {
    private static final String URL = "https://loyalty.acme.test/gorgias/loyalty";
    private final Sandbox sandbox;

    @TempDir
    Path work;

    SetupCommandTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    private Map<String, String> env() {
        Map<String, String> env = SandboxEnvironment.of(sandbox, work.resolve("checkpoints"));
        env.put("BRIDGE_TOKEN", "setup-command-token");
        return env;
    }

    private int writes() {
        return sandbox.gorgias().requests().count("POST|PUT|DELETE", ".*");
    }

    @Test
    void installCreatesAllFourKindsASecondInstallWritesNothingAndUninstallRemovesThemAll() throws Exception {
        CommandResult first = CommandResult.run(env(), "install", "--public-url", URL);

        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode created = first.lastLineJson();
        assertThat(created.path("name").asText()).isEqualTo("Annex Cloud Loyalty");
        for (String part : new String[] {"integration", "widget", "routingHook"}) {
            assertThat(created.path(part).path("action").asText()).as(part).isEqualTo("created");
            assertThat(created.path(part).path("id").asLong()).as(part).isPositive();
        }
        assertThat(created.path("macros")).extracting(m -> m.path("key").asText() + " " + m.path("action").asText())
                .containsExactly("points-balance created", "tier-status created", "goodwill-points created");
        assertThat(sandbox.gorgias().integrations()).extracting(i -> i.path("name").asText())
                .containsExactly("Annex Cloud Loyalty", "Annex Cloud loyalty routing");
        assertThat(sandbox.gorgias().widgets()).hasSize(1);
        assertThat(sandbox.gorgias().macros()).hasSize(3);

        sandbox.gorgias().requests().reset();
        CommandResult second = CommandResult.run(env(), "install", "--public-url", URL);

        assertThat(writes()).as("write requests on a second install").isZero();
        JsonNode unchanged = second.lastLineJson();
        assertThat(unchanged.findValuesAsText("action")).hasSize(6).containsOnly("unchanged");
        assertThat(unchanged.path("integration").path("id")).isEqualTo(created.path("integration").path("id"));

        CommandResult removed = CommandResult.run(env(), "uninstall");
        CommandResult again = CommandResult.run(env(), "uninstall");

        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.lastLineJson().findValuesAsText("action")).hasSize(6).containsOnly("removed");
        assertThat(removed.lastLineJson().fieldNames()).toIterable().containsExactlyElementsOf(created::fieldNames);
        assertThat(again.lastLineJson().findValuesAsText("action")).containsExactly("absent", "absent", "absent");
        assertThat(again.lastLineJson().path("macros")).isEmpty();
        assertThat(sandbox.gorgias().integrations()).isEmpty();
        assertThat(sandbox.gorgias().widgets()).isEmpty();
        assertThat(sandbox.gorgias().macros()).isEmpty();
    }

    @Test
    void theSwitchesSkipTheMacrosAndTheRoutingHook() throws Exception {
        CommandResult installed = CommandResult.run(env(), "install", "--public-url", URL, "--no-macros",
                "--no-routing-hook");

        assertThat(installed.exit()).as(installed.err()).isZero();
        assertThat(installed.lastLineJson().path("routingHook").path("action").asText()).isEqualTo("absent");
        assertThat(installed.lastLineJson().path("macros")).isEmpty();
        assertThat(sandbox.gorgias().integrations()).hasSize(1);
        assertThat(sandbox.gorgias().macros()).isEmpty();
    }

    /** A macro an active rule uses cannot be deleted (409, docs/vendor-facts-agent-workflow.md): it is reported, not fatal. */
    @Test
    void uninstallReportsAMacroARuleUsesAndRemovesTheRest() throws Exception {
        CommandResult.run(env(), "install", "--public-url", URL);
        long balance = sandbox.gorgias().macros().get(0).path("id").asLong();
        sandbox.gorgias().useMacroInRule(balance);

        CommandResult removed = CommandResult.run(env(), "uninstall");

        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.lastLineJson().path("macros")).extracting(m -> m.path("key").asText() + " " + m.path("action").asText())
                .containsExactly("points-balance kept_in_use", "tier-status removed", "goodwill-points removed");
        assertThat(removed.lastLineJson().path("integration").path("action").asText()).isEqualTo("removed");
        assertThat(sandbox.gorgias().integrations()).isEmpty();
        assertThat(sandbox.gorgias().macros()).extracting(m -> m.path("id").asLong()).containsExactly(balance);
    }
}
