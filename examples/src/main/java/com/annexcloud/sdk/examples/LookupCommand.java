package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.SyncListener;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import java.io.PrintStream;
import java.util.List;

/** {@code lookup <email>}: prints the customer's widget JSON; a non-member is not an error. */
final class LookupCommand {
    private final ExampleConfig config;
    private final PrintStream out;
    private final PrintStream err;

    LookupCommand(ExampleConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.size() != 1) {
            throw new UsageException("lookup takes exactly one email");
        }
        try (Upstreams upstreams = Upstreams.fromConfig(config, SyncListener.none())) {
            LoyaltyCard card;
            try {
                card = upstreams.bridge().lookup(args.get(0));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (card.partial()) {
                err.println("warning: some loyalty data could not be fetched");
            }
            out.println(card.toJson());
            return BridgeExample.OK;
        }
    }
}
