package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.GorgiasChange;
import com.annexcloud.sdk.bridge.model.GorgiasChange.Action;
import com.annexcloud.sdk.bridge.model.GorgiasChange.Kind;
import com.annexcloud.sdk.bridge.model.GorgiasInstallation;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Macro;
import com.annexcloud.sdk.gorgias.model.MacroAction;
import com.annexcloud.sdk.sandbox.IntegrationCall;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The installer's routing hook, loyalty macros and card refresh trigger, on the sandbox's Gorgias. The shapes
 * are the vendor's as docs/vendor-facts-agent-workflow.md records them: the routing hook is its example body of
 * {@code POST /api/integrations}; macros follow the Gorgias reference "The Macro object" ({@code setResponseText}
 * with {@code body_text}/{@code body_html}, {@code addTags} with one comma-separated string) and the
 * id-in-brackets variable form {@code {{ticket.customer.integrations[ID].…}}} (Gorgias help "Macro variables";
 * Gorgias's front end keeps that form); triggers are keyed with underscores (Gorgias reference "The Integration
 * object"), {@code ticket_message_created} being "Ticket message created" of the help centre.
 */
class GorgiasSetupMacrosAndRoutingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WRITES = "POST|PUT|DELETE";

    private final SyncFixture fixture = new SyncFixture(SandboxData.empty(), 40, Duration.ofSeconds(20));
    private final GorgiasInstaller installer = GorgiasInstaller.of(fixture.gorgias);
    private final GorgiasSetup setup = GorgiasSetup.builder()
            .publicUrl(URI.create("https://bridge.example.com/gorgias/loyalty"))
            .bearerToken(Secret.of("routing-bridge-token")).build();

    @AfterEach
    void close() {
        fixture.close();
    }

    private int writes() {
        return fixture.sandbox.gorgias().requests().count(WRITES, ".*");
    }

    private JsonNode integrationNamed(String name) {
        return fixture.sandbox.gorgias().integrations().stream().filter(i -> i.path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    private JsonNode macro(String externalId) {
        return fixture.sandbox.gorgias().macros().stream().filter(m -> m.path("external_id").asText().equals(externalId))
                .findFirst().orElseThrow();
    }

    private static String bodyText(JsonNode macro) {
        return macro.path("actions").get(0).path("arguments").path("body_text").asText();
    }

    @Test
    void theRoutingHookIsTheFactsFilesExample() throws Exception {
        GorgiasInstallation installed = installer.install(setup);

        JsonNode hook = integrationNamed("Annex Cloud loyalty routing");
        assertThat(hook.path("type").asText()).isEqualTo("http");
        assertThat(hook.path("http").path("url").asText()).isEqualTo("https://bridge.example.com/gorgias/loyalty/route");
        assertThat(hook.path("http").path("method").asText()).isEqualTo("POST");
        assertThat(hook.path("http").path("headers")).isEqualTo(JSON.readTree("{\"Authorization\":\"Bearer routing-bridge-token\"}"));
        assertThat(hook.path("http").path("request_content_type").asText()).isEqualTo("application/json");
        assertThat(hook.path("http").path("response_content_type").asText()).isEqualTo("application/json");
        assertThat(hook.path("http").path("form")).isEqualTo(JSON.readTree(
                "{\"ticket_id\": \"{{ticket.id}}\", \"email\": \"{{ticket.customer.email}}\"}"));
        assertThat(hook.path("http").path("triggers")).isEqualTo(JSON.readTree("{\"ticket_created\": true}"));
        assertThat(installed.changes()).filteredOn(c -> c.kind() == Kind.ROUTING_HOOK).singleElement()
                .satisfies(c -> {
                    assertThat(c.id()).isEqualTo(hook.path("id").asLong());
                    assertThat(c.action()).isEqualTo(Action.CREATED);
                });
    }

    @Test
    void gorgiasCallsTheHookOnANewTicketAndTheCardAlsoOnTheCustomersNextMessage() {
        GorgiasInstallation installed = installer.install(setup);
        long hookId = integrationNamed("Annex Cloud loyalty routing").path("id").asLong();

        long ticket = fixture.sandbox.gorgias().createTicket("john.doe@example.com", "Where are my points?");
        fixture.sandbox.gorgias().addCustomerMessage(ticket, "Any news?");

        List<IntegrationCall> calls = fixture.sandbox.gorgias().integrationCalls();
        assertThat(calls).extracting(call -> call.request().integrationId() + " " + call.request().trigger())
                .containsExactlyInAnyOrder(installed.integrationId() + " ticket_created", hookId + " ticket_created",
                        installed.integrationId() + " ticket_message_created");
        assertThat(calls).filteredOn(call -> call.request().integrationId() == hookId).singleElement()
                .satisfies(call -> assertThat(call.request().body().orElseThrow())
                        .isEqualTo("{\"ticket_id\":\"" + ticket + "\",\"email\":\"john.doe@example.com\"}"));
    }

    @Test
    void theMacrosReadTheCardIntegrationsVariables() {
        GorgiasInstallation installed = installer.install(setup);

        String card = "{{ticket.customer.integrations[" + installed.integrationId() + "].";
        assertThat(fixture.sandbox.gorgias().macros()).extracting(m -> m.path("name").asText()).containsExactly(
                "Loyalty: points balance", "Loyalty: tier status", "Loyalty: goodwill points added");
        JsonNode balance = macro("annexcloud-loyalty:points-balance");
        assertThat(bodyText(balance)).startsWith("Hi {{ticket.customer.firstname}},\n\n")
                .contains(card + "points.available}}", card + "points.expiring}}", card + "points.expiringOn}}");
        assertThat(balance.path("actions").get(0).path("name").asText()).isEqualTo("setResponseText");
        assertThat(balance.path("actions").get(0).path("arguments").path("body_html").asText())
                .startsWith("<div>Hi {{ticket.customer.firstname}},</div>").contains(card + "points.available}}");
        assertThat(balance.path("actions").get(1)).isEqualTo(JSON.createObjectNode().put("name", "addTags")
                .put("title", "Add tags").put("type", "user").set("arguments", JSON.createObjectNode().put("tags", "loyalty")));
        assertThat(balance.path("language").asText()).isEqualTo("en");
        assertThat(bodyText(macro("annexcloud-loyalty:tier-status")))
                .contains(card + "tier.current}}", card + "tier.pointsToNext}}", card + "tier.next}}");
        assertThat(bodyText(macro("annexcloud-loyalty:goodwill-points"))).contains("added 50 goodwill points");
        assertThat(installed.changes()).filteredOn(c -> c.kind() == Kind.MACRO)
                .extracting(c -> c.key().orElseThrow() + " " + c.action())
                .containsExactly("points-balance CREATED", "tier-status CREATED", "goodwill-points CREATED");
    }

    @Test
    void aSecondInstallWithTheSameSetupSendsNoWrite() {
        GorgiasInstallation first = installer.install(setup);
        fixture.sandbox.gorgias().requests().reset();

        GorgiasInstallation second = installer.install(setup);

        assertThat(second.changes()).extracting(GorgiasChange::action).containsOnly(Action.UNCHANGED);
        assertThat(writes()).isZero();
        assertThat(second.unchanged()).isTrue();
        assertThat(first.unchanged()).isFalse();
        assertThat(second.changes()).extracting(GorgiasChange::id)
                .containsExactlyElementsOf(first.changes().stream().map(GorgiasChange::id).toList());
        assertThat(second.integrationCreated()).isFalse();
        assertThat(second.widgetCreated()).isFalse();
    }

    @Test
    void aChangedSetupUpdatesInPlace() {
        GorgiasInstallation first = installer.install(setup);
        long goodwill = macro("annexcloud-loyalty:goodwill-points").path("id").asLong();

        GorgiasInstallation second = installer.install(GorgiasSetup.builder().from(setup).awardButtonPoints(75)
                .bearerToken(Secret.of("rotated-token")).build());

        assertThat(second.changes()).extracting(c -> c.kind() + c.key().map(k -> ":" + k).orElse("") + " " + c.action())
                .containsExactly("INTEGRATION UPDATED", "WIDGET UPDATED", "ROUTING_HOOK UPDATED",
                        "MACRO:points-balance UNCHANGED", "MACRO:tier-status UNCHANGED", "MACRO:goodwill-points UPDATED");
        assertThat(second.integrationId()).isEqualTo(first.integrationId());
        assertThat(macro("annexcloud-loyalty:goodwill-points").path("id").asLong()).isEqualTo(goodwill);
        assertThat(bodyText(macro("annexcloud-loyalty:goodwill-points"))).contains("added 75 goodwill points");
        assertThat(integrationNamed("Annex Cloud loyalty routing").path("http").path("headers").path("Authorization")
                .asText()).isEqualTo("Bearer rotated-token");
        assertThat(fixture.sandbox.gorgias().macros()).hasSize(3);
        assertThat(fixture.sandbox.gorgias().integrations()).hasSize(2);
    }

    @Test
    void aMacroEditedInGorgiasIsWrittenBackAndAnIdenticalDuplicateRemoved() {
        GorgiasInstallation installed = installer.install(setup);
        long balance = macro("annexcloud-loyalty:points-balance").path("id").asLong();
        CreateMacro ours = desiredBalance(installed);
        fixture.gorgias.macros().update(balance, CreateMacro.builder().from(ours)
                .actions(List.of(MacroAction.addTags("edited"))).build());
        long copy = fixture.gorgias.macros().create(ours).id();

        GorgiasInstallation again = installer.install(setup);

        assertThat(again.changes()).filteredOn(c -> c.kind() == Kind.MACRO)
                .extracting(c -> c.id() + " " + c.action())
                .contains(balance + " UPDATED", copy + " REMOVED");
        assertThat(bodyText(macro("annexcloud-loyalty:points-balance"))).contains("points.available}}");
        assertThat(fixture.sandbox.gorgias().macros()).hasSize(3);
    }

    /**
     * Whether Gorgias's "duplicate" copies {@code external_id} is not public (docs/gorgias-setup.md, assumed), so a
     * copy that differs from ours may be an admin's customised reply: it is left and reported, never deleted.
     */
    @Test
    void aDuplicateThatDiffersIsKeptAndReportedNotRemoved() {
        installer.install(setup);
        long copy = fixture.gorgias.macros().create(CreateMacro.builder().name("Loyalty: points balance (VIP)")
                .externalId("annexcloud-loyalty:points-balance").addActions(MacroAction.addTags("vip")).build()).id();
        fixture.sandbox.gorgias().requests().reset();

        GorgiasInstallation again = installer.install(setup);

        assertThat(again.changes()).filteredOn(c -> c.kind() == Kind.MACRO)
                .extracting(c -> c.key().orElseThrow() + " " + c.id() + " " + c.action())
                .contains("points-balance " + copy + " KEPT_CHANGED");
        assertThat(writes()).isZero();
        assertThat(again.unchanged()).isTrue();
        assertThat(fixture.sandbox.gorgias().macros()).extracting(m -> m.path("id").asLong()).contains(copy);
    }

    /** The facts file: "a macro used by an active rule cannot be deleted (409)" (MCP server). */
    @Test
    void uninstallKeepsAMacroARuleUsesAndRemovesEverythingElse() {
        installer.install(setup);
        long tier = macro("annexcloud-loyalty:tier-status").path("id").asLong();
        fixture.sandbox.gorgias().useMacroInRule(tier);

        List<GorgiasChange> removed = installer.uninstall(GorgiasSetup.DEFAULT_NAME);

        assertThat(removed).extracting(c -> c.kind() + c.key().map(k -> ":" + k).orElse("") + " " + c.action())
                .containsExactly("WIDGET REMOVED", "INTEGRATION REMOVED", "ROUTING_HOOK REMOVED",
                        "MACRO:points-balance REMOVED", "MACRO:tier-status KEPT_IN_USE", "MACRO:goodwill-points REMOVED");
        assertThat(fixture.sandbox.gorgias().integrations()).isEmpty();
        assertThat(fixture.sandbox.gorgias().macros()).extracting(m -> m.path("id").asLong()).containsExactly(tier);
    }

    @Test
    void installsCleanupOfADuplicateARuleUsesReportsItAndGoesOn() {
        GorgiasInstallation installed = installer.install(setup);
        long copy = fixture.gorgias.macros().create(desiredBalance(installed)).id();
        fixture.sandbox.gorgias().useMacroInRule(copy);

        GorgiasInstallation again = installer.install(setup);

        assertThat(again.changes()).filteredOn(c -> c.kind() == Kind.MACRO)
                .extracting(c -> c.key().orElseThrow() + " " + c.action())
                .containsExactly("points-balance UNCHANGED", "tier-status UNCHANGED", "goodwill-points UNCHANGED",
                        "points-balance KEPT_IN_USE");
        assertThat(fixture.sandbox.gorgias().macros()).hasSize(4);
    }

    /** The list takes {@code archived}, default false (facts file): an archived copy of ours is still ours. */
    @Test
    void anArchivedMacroOfOursIsKeptOnInstallAndRemovedOnUninstall() {
        installer.install(setup);
        long balance = macro("annexcloud-loyalty:points-balance").path("id").asLong();
        fixture.sandbox.gorgias().archiveMacro(balance);
        fixture.sandbox.gorgias().requests().reset();

        GorgiasInstallation again = installer.install(setup);

        assertThat(again.changes()).filteredOn(c -> c.kind() == Kind.MACRO)
                .extracting(c -> c.id() + " " + c.action()).contains(balance + " UNCHANGED");
        assertThat(writes()).isZero();
        assertThat(fixture.sandbox.gorgias().macros()).hasSize(3);

        List<GorgiasChange> removed = installer.uninstall(GorgiasSetup.DEFAULT_NAME);

        assertThat(removed).filteredOn(c -> c.kind() == Kind.MACRO).extracting(GorgiasChange::action)
                .containsExactly(Action.REMOVED, Action.REMOVED, Action.REMOVED);
        assertThat(fixture.sandbox.gorgias().macros()).isEmpty();
    }

    @Test
    void anActiveCopyIsKeptBeforeAnOlderArchivedOne() {
        GorgiasInstallation installed = installer.install(setup);
        long archived = macro("annexcloud-loyalty:points-balance").path("id").asLong();
        fixture.sandbox.gorgias().archiveMacro(archived);
        long active = fixture.gorgias.macros().create(desiredBalance(installed)).id();

        GorgiasInstallation again = installer.install(setup);

        assertThat(again.changes()).filteredOn(c -> c.key().equals(Optional.of("points-balance")))
                .extracting(c -> c.id() + " " + c.action())
                .containsExactly(active + " UNCHANGED", archived + " REMOVED");
    }

    /** The points-balance macro exactly as the installer writes it, read back from the sandbox. */
    private CreateMacro desiredBalance(GorgiasInstallation installed) {
        long id = installed.changes().stream().filter(c -> c.key().equals(Optional.of("points-balance")))
                .findFirst().orElseThrow().id();
        Macro shown = fixture.gorgias.macros().get(id);
        return CreateMacro.builder().name(shown.name()).externalId(shown.externalId()).language(shown.language())
                .actions(shown.actions()).build();
    }

    @Test
    void switchesRemoveWhatTheyTurnOff() {
        installer.install(setup);

        GorgiasInstallation without = installer.install(GorgiasSetup.builder().from(setup)
                .macros(false).routingHook(false).build());

        assertThat(without.changes()).filteredOn(c -> c.action() == Action.REMOVED)
                .extracting(c -> c.kind() + c.key().map(k -> ":" + k).orElse(""))
                .containsExactly("ROUTING_HOOK", "MACRO:points-balance", "MACRO:tier-status", "MACRO:goodwill-points");
        assertThat(fixture.sandbox.gorgias().macros()).isEmpty();
        assertThat(fixture.sandbox.gorgias().integrations()).extracting(i -> i.path("name").asText())
                .containsExactly("Annex Cloud Loyalty");

        installer.install(GorgiasSetup.builder().from(setup).awardButtonPoints(0).build());

        assertThat(fixture.sandbox.gorgias().macros()).extracting(m -> m.path("external_id").asText())
                .containsExactly("annexcloud-loyalty:points-balance", "annexcloud-loyalty:tier-status");
    }

    @Test
    void uninstallRemovesEverythingOursAndOnlyThat() {
        installer.install(setup);
        fixture.gorgias.macros().create(CreateMacro.builder().name("Refund policy").externalId("acme:refunds").build());
        fixture.gorgias.macros().create(CreateMacro.builder().name("Hello").build());

        List<GorgiasChange> removed = installer.uninstall(GorgiasSetup.DEFAULT_NAME);

        assertThat(removed).extracting(c -> c.kind() + " " + c.action()).containsExactly("WIDGET REMOVED",
                "INTEGRATION REMOVED", "ROUTING_HOOK REMOVED", "MACRO REMOVED", "MACRO REMOVED", "MACRO REMOVED");
        assertThat(fixture.sandbox.gorgias().integrations()).isEmpty();
        assertThat(fixture.sandbox.gorgias().widgets()).isEmpty();
        assertThat(fixture.sandbox.gorgias().macros()).extracting(m -> m.path("name").asText())
                .containsExactly("Refund policy", "Hello");
    }

    @Test
    void anIntegrationInstalledWithTheOlderTriggerSpellingIsMergedNotDoubled() {
        // Older notes spelt triggers with hyphens; the client merges '-' and '_' as one name on update.
        fixture.gorgias.integrations().create(CreateIntegration.builder().name(GorgiasSetup.DEFAULT_NAME)
                .http(HttpSettings.builder().url("https://old.example/x").putTriggers("ticket-created", true)
                        .putTriggers("ticket-updated", true).build()).build());

        installer.install(setup);

        assertThat(integrationNamed(GorgiasSetup.DEFAULT_NAME).path("http").path("triggers")).isEqualTo(
                JSON.createObjectNode().put("ticket_created", true).put("ticket_updated", true)
                        .put("ticket_message_created", true));
    }
}
