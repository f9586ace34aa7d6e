package com.annexcloud.sdk.bridge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.internal.Json;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tier → tag and tier → priority mapping of the routing hook. */
class TicketRoutingTest {

    @Test
    void everyTierGetsItsDefaultTagByDefault() {
        TicketRouting routing = TicketRouting.defaults();

        assertThat(routing.enabled()).isTrue();
        assertThat(routing.tagFor("Gold")).contains("loyalty-gold");
        assertThat(routing.tagFor("Gold Plus")).contains("loyalty-gold-plus");
        assertThat(routing.tagFor(" VIP / Élite ")).contains("loyalty-vip-elite");
        assertThat(routing.tagFor("★")).isEmpty();
        assertThat(routing.priorityFor("Gold")).isEmpty();
    }

    @Test
    void explicitTagsAndPrioritiesOverrideAndMatchTierNamesWithoutCase() {
        TicketRouting routing = TicketRouting.builder()
                .putTierTags("Platinum", "vip")
                .putTierPriorities("platinum", TicketPriority.HIGH)
                .build();

        assertThat(routing.tagFor("PLATINUM")).contains("vip");
        assertThat(routing.tagFor("Silver")).contains("loyalty-silver");
        assertThat(routing.priorityFor("Platinum")).contains(TicketPriority.HIGH);
        assertThat(routing.priorityFor("Silver")).isEmpty();
    }

    @Test
    void unmappedTiersCanBeLeftUntagged() {
        TicketRouting routing = TicketRouting.builder().tierTags(Map.of("Gold", "vip-gold")).tagUnmappedTiers(false).build();

        assertThat(routing.tagFor("gold")).contains("vip-gold");
        assertThat(routing.tagFor("Bronze")).isEmpty();
    }

    @Test
    void offTurnsTheHookOff() {
        assertThat(TicketRouting.off().enabled()).isFalse();
    }

    @Test
    void refusesTagsGorgiasWouldRefuseAndAmbiguousTierNames() {
        assertThatThrownBy(() -> TicketRouting.builder().putTierTags("Gold", " ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tier tag");
        assertThatThrownBy(() -> TicketRouting.builder().putTierTags("Gold", "x".repeat(257)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketRouting.builder().putTierTags("Gold", "a\nb").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketRouting.builder().putTierTags("Gold", "a").putTierTags("GOLD", "b").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("case");
        assertThatThrownBy(() -> TicketRouting.builder().putTierPriorities(" ", TicketPriority.LOW).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> TicketRouting.builder().putTierPriorities("Gold", TicketPriority.of("urgent")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("critical or high");
    }

    /** Routing changes only a ticket at normal, so low would lower it and normal would do nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"low", "normal"})
    void refusesATierPriorityThatWouldNotRaise(String priority) {
        assertThatThrownBy(() -> TicketRouting.builder().putTierPriorities("Gold", TicketPriority.of(priority)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a tier priority must raise: critical or high");
        assertThat(TicketRouting.builder().putTierPriorities("Gold", TicketPriority.CRITICAL)
                .putTierPriorities("Silver", TicketPriority.HIGH).build().priorityFor("gold")).contains(TicketPriority.CRITICAL);
    }

    @Test
    void aLongTiersDefaultTagIsCutToWhatGorgiasAccepts() {
        String tag = TicketRouting.defaultTag("Platinum " + "x".repeat(300)).orElseThrow();

        assertThat(tag).hasSize(TicketRouting.MAX_TAG_LENGTH).startsWith("loyalty-platinum-xxx");
        assertThat(TicketRouting.defaultTag("a".repeat(247) + " b")).contains("loyalty-" + "a".repeat(247)); // no trailing '-'
    }

    @Test
    void aNewTicketNeedsAPositiveId() {
        assertThat(NewTicket.of(4001, "john@example.com").ticketId()).isEqualTo(4001L);
        assertThatThrownBy(() -> NewTicket.of(0, "john@example.com")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outcomesAnswerTheHooksJson() {
        assertThat(new String(Json.write(RoutingOutcome.untagged(RoutingOutcome.Reason.NOT_A_MEMBER)),
                StandardCharsets.UTF_8)).isEqualTo("{\"tagged\":false,\"reason\":\"not_a_member\"}");
        assertThat(new String(Json.write(RoutingOutcome.builder().tagged(true).tag("loyalty-gold")
                .added(true).priority(TicketPriority.HIGH).build()), StandardCharsets.UTF_8))
                .isEqualTo("{\"tagged\":true,\"tag\":\"loyalty-gold\",\"added\":true,\"priority\":\"high\"}");
    }
}
