package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/** The server commands' routing options, parsed as picocli parses them. */
class RoutingOptionsTest {

    @Command(name = "server")
    static final class Server {
        @Mixin
        RoutingOptions routing;
    }

    private static RoutingOptions parse(String... args) {
        Server server = new Server();
        new CommandLine(server).parseArgs(args);
        return server.routing;
    }

    @Test
    void withoutOptionsEveryTierGetsItsDefaultTagWhenThereIsGorgias() {
        assertThat(parse().routing(true)).isEqualTo(TicketRouting.defaults());
        assertThat(parse().routing(false).enabled()).isFalse();
        assertThat(parse("--no-routing").routing(true).enabled()).isFalse();
    }

    @Test
    void tierTagsAndPrioritiesAreRepeatable() {
        TicketRouting routing = parse("--tier-tag", "Gold=vip-gold", "--tier-tag", "Platinum=vip",
                "--tier-priority", "Platinum=high").routing(true);

        assertThat(routing.tagFor("gold")).contains("vip-gold");
        assertThat(routing.tagFor("Platinum")).contains("vip");
        assertThat(routing.tagFor("Silver")).contains("loyalty-silver");
        assertThat(routing.priorityFor("Platinum")).contains(TicketPriority.HIGH);
    }

    @Test
    void aBadPriorityIsAParameterError() {
        RoutingOptions options = parse("--tier-priority", "Gold=urgent");

        assertThatThrownBy(() -> options.routing(true)).isInstanceOf(ParameterException.class)
                .hasMessageContaining("critical or high");
    }
}
