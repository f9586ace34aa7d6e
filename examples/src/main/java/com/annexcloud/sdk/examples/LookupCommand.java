package com.annexcloud.sdk.examples;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code lookup <email> [--activity N] [--rewards] [--redemptions N]}: prints the customer's widget JSON, listing what
 * the {@link CardOptions} ask for; a non-member is not an error. Annex Cloud only.
 */
@Command(name = "lookup", abbreviateSynopsis = true, description = {"Print the widget JSON of one customer (exit 0 also for a non-member).",
        "Needs ANNEXCLOUD_SITE_ID and ANNEXCLOUD_SECRET (ANNEXCLOUD_BASE_URL defaults to production)."})
final class LookupCommand implements Callable<Integer> {
    private final ExampleConfig config;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "<email>", description = "The customer's email address.")
    private String email;

    @Mixin
    private CardOptions cards;

    LookupCommand(ExampleConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try (Upstreams upstreams = Upstreams.annexCloud(config, cards)) {
            LoyaltyCard card;
            try {
                card = upstreams.bridge().lookup(email);
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
