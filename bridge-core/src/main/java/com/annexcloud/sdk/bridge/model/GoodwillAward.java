package com.annexcloud.sdk.bridge.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agent's goodwill award from the Gorgias sidebar: points for a customer, tied to the ticket it was
 * given on. The ticket, the amount and the reason make the idempotency key, so a double click or a
 * Gorgias retry credits once.
 */
@Value.Immutable
public interface GoodwillAward {

    /** A builder. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link GoodwillAward}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableGoodwillAward.Builder {
    }

    /** The member's email. */
    String email();

    /** The Gorgias ticket the award is given on. */
    String ticketId();

    /** Points to credit (positive, at most the bridge's maximum per award). */
    long points();

    /** Why; defaults to "Goodwill from Gorgias ticket &lt;id&gt;". */
    Optional<String> reason();
}
