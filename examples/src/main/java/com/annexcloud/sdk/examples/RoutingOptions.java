package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.model.TicketRouting;
import com.annexcloud.sdk.gorgias.model.TicketPriority;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The routing hook's options of the server commands ({@code POST /gorgias/loyalty/route}, which tags a member's new
 * ticket with the tier): {@code --tier-tag TIER=TAG} and {@code --tier-priority TIER=PRIORITY} (each repeatable),
 * {@code --no-routing}. The hook is served only where the command has a Gorgias client to tag tickets with.
 */
final class RoutingOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--tier-tag", paramLabel = "<tier>=<tag>",
            description = "The routing hook's tag for a tier, instead of loyalty-<tier> (repeatable).")
    private Map<String, String> tierTags = new LinkedHashMap<>();

    @Option(names = "--tier-priority", paramLabel = "<tier>=<priority>",
            description = "Also set this priority (critical or high) on a tier's new tickets (repeatable).")
    private Map<String, String> tierPriorities = new LinkedHashMap<>();

    @Option(names = "--no-routing", description = "Do not serve the routing hook.")
    private boolean off;

    /** The routing these options describe; off without {@code gorgias} or with {@code --no-routing}. */
    TicketRouting routing(boolean gorgias) {
        if (off || !gorgias) {
            return TicketRouting.off();
        }
        try {
            TicketRouting.Builder routing = TicketRouting.builder().tierTags(tierTags);
            tierPriorities.forEach((tier, priority) -> routing.putTierPriorities(tier, TicketPriority.of(priority)));
            return routing.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--tier-tag/--tier-priority: " + e.getMessage());
        }
    }
}
