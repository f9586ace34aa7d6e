package com.annexcloud.sdk.bridge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.annexcloud.sdk.gorgias.model.Macro;
import com.annexcloud.sdk.gorgias.model.MacroAction;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What counts as "already installed" when Gorgias shows less or more than the installer wrote. */
class UpToDateTest {
    private static final HttpSettings HTTP = HttpSettings.builder().url("https://b.example/gorgias/loyalty")
            .putHeaders("Authorization", "Bearer t").putTriggers(HttpSettings.TICKET_CREATED, true).build();
    private static final CreateIntegration DESIRED = CreateIntegration.builder().name("n").http(HTTP).build();

    private static Integration shown(HttpSettings http) {
        return Integration.builder().id(1).type("http").name("n").http(http).build();
    }

    @Test
    void anIntegrationShowingEveryWrittenSettingIsUpToDateWhateverTheAdminAdded() {
        HttpSettings more = HttpSettings.builder().from(HTTP).putHeaders("X-Extra", "1")
                .putTriggers("ticket-updated", false).build();

        assertThat(UpToDate.integration(shown(HTTP), DESIRED)).isTrue();
        assertThat(UpToDate.integration(shown(more), DESIRED)).isTrue();
    }

    @Test
    void headersGorgiasDoesNotEchoCannotBeConfirmedSoTheIntegrationIsWrittenAgain() {
        // The reference's Integration object shows no headers (gorgias.md Corrections): the token may be stale.
        HttpSettings noHeaders = HttpSettings.builder().from(HTTP).headers(Map.of()).build();

        assertThat(UpToDate.integration(shown(noHeaders), DESIRED)).isFalse();
    }

    @Test
    void triggerSpellingsCountAsOneNameAndADeactivatedIntegrationIsNotUpToDate() {
        HttpSettings hyphen = HttpSettings.builder().from(HTTP).triggers(Map.of("ticket-created", true)).build();
        Integration deactivated = Integration.builder().from(shown(HTTP))
                .deactivatedDatetime(OffsetDateTime.parse("2026-01-01T00:00:00Z")).build();

        assertThat(UpToDate.integration(shown(hyphen), DESIRED)).isTrue();
        assertThat(UpToDate.integration(deactivated, DESIRED)).isFalse();
    }

    @Test
    void aMacroIsComparedOnWhatTheInstallerWritesOnly() {
        CreateMacro desired = CreateMacro.builder().name("m").externalId("annexcloud-loyalty:k").language("en")
                .addActions(MacroAction.addTags("loyalty")).build();
        Macro same = Macro.builder().id(1).name("m").externalId("annexcloud-loyalty:k").language("en").intent("other/question")
                .usage(12L).addActions(MacroAction.builder().from(MacroAction.addTags("loyalty"))
                        .putAdditionalProperties("id", TextNode.valueOf("a1")).build())
                .build();

        assertThat(UpToDate.macro(same, desired)).isTrue();
        assertThat(UpToDate.macro(Macro.builder().from(same).actions(List.of(MacroAction.addTags("other"))).build(),
                desired)).isFalse();
        assertThat(UpToDate.macro(Macro.builder().from(same).name("renamed").build(), desired)).isFalse();
    }
}
