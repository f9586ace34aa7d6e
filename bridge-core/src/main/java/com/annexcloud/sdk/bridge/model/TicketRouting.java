package com.annexcloud.sdk.bridge.model;

import com.annexcloud.sdk.gorgias.model.TicketPriority;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the routing hook ({@code POST <endpoint path>/route}, called by Gorgias when a ticket is created) marks a
 * member's new ticket: which tag each tier name gets, and optionally a priority. By default every tier is
 * tagged {@code loyalty-} and its name in lower case without accents, each run of other characters than {@code
 * a-z0-9} made one {@code -} ({@code Gold} → {@code loyalty-gold}, {@code Gold Plus} → {@code loyalty-gold-plus},
 * {@code Élite} → {@code loyalty-elite}); {@link
 * #tierTags()} overrides single tiers, and {@link #tagUnmappedTiers()} {@code false} tags only those. Tier
 * names are matched without regard to case. A tier priority can only raise a ticket ({@code critical} or {@code
 * high}), and only one still at Gorgias's default {@code normal}. Routing is on with these defaults; {@link #off()}
 * turns it off: the hook then answers 200 {@code {"tagged":false,"reason":"routing_off"}}, so a hook still installed
 * in Gorgias never counts towards its deactivation.
 *
 * <pre>{@code
 * TicketRouting routing = TicketRouting.builder()
 *     .putTierTags("Platinum", "vip")
 *     .putTierPriorities("Platinum", TicketPriority.HIGH)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface TicketRouting {
    /** The prefix of a default tag. */
    String DEFAULT_TAG_PREFIX = "loyalty-";
    /** The longest tag name Gorgias accepts. */
    int MAX_TAG_LENGTH = 256;

    /** A builder starting from the defaults. */
    static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link TicketRouting}; its setters and {@code build()} return the types of this API. */
    final class Builder extends ImmutableTicketRouting.Builder {
    }

    /** Routing on, every tier tagged with its default tag, no priority. */
    static TicketRouting defaults() {
        return builder().build();
    }

    /** Routing off: the endpoint's routing hook reads and writes nothing and answers {@code routing_off}. */
    static TicketRouting off() {
        return builder().enabled(false).build();
    }

    /**
     * The default tag of a tier, such as {@code loyalty-gold} for {@code Gold}, cut to {@value #MAX_TAG_LENGTH}
     * characters; empty for a name without a letter or digit.
     */
    static Optional<String> defaultTag(String tier) {
        String unaccented = Normalizer.normalize(tier, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = unaccented.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        int room = MAX_TAG_LENGTH - DEFAULT_TAG_PREFIX.length();
        String cut = slug.length() > room ? slug.substring(0, room).replaceAll("-$", "") : slug;
        return cut.isEmpty() ? Optional.empty() : Optional.of(DEFAULT_TAG_PREFIX + cut);
    }

    /** Whether the routing hook routes (true); off, it answers {@code routing_off}. */
    @Value.Default
    default boolean enabled() {
        return true;
    }

    /** Tags for single tiers by tier name, replacing their default tags. */
    Map<String, String> tierTags();

    /** Priorities for single tiers by tier name; tiers not named keep the ticket's priority. */
    Map<String, TicketPriority> tierPriorities();

    /** Whether tiers missing from {@link #tierTags()} get their {@link #defaultTag default tag} (true) or none. */
    @Value.Default
    default boolean tagUnmappedTiers() {
        return true;
    }

    /** The tag a tier's tickets get, if any. */
    default Optional<String> tagFor(String tier) {
        Optional<String> mapped = lookup(tierTags(), tier);
        return mapped.isPresent() || !tagUnmappedTiers() ? mapped : defaultTag(tier);
    }

    /** The priority a tier's tickets get, if any. */
    default Optional<TicketPriority> priorityFor(String tier) {
        return lookup(tierPriorities(), tier);
    }

    private static <V> Optional<V> lookup(Map<String, V> byTier, String tier) {
        return byTier.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(tier.strip()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Refuses blank tier names, names that differ only in case, priorities that would not raise a ticket, and tags Gorgias would refuse. */
    @Value.Check
    default void check() {
        for (Map<String, ?> byTier : List.of(tierTags(), tierPriorities())) {
            if (byTier.keySet().stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("tier names must not be blank");
            }
            if (byTier.keySet().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).distinct().count() != byTier.size()) {
                throw new IllegalArgumentException("tier names must differ in more than case");
            }
        }
        // Routing changes only a ticket still at normal, so only these raise it; low or normal would lower or do nothing.
        Set<TicketPriority> raising = Set.of(TicketPriority.CRITICAL, TicketPriority.HIGH);
        if (!raising.containsAll(tierPriorities().values())) {
            throw new IllegalArgumentException("a tier priority must raise: critical or high");
        }
        tierTags().values().forEach(tag -> {
            if (tag.isBlank() || tag.length() > MAX_TAG_LENGTH || tag.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a tier tag must be 1 to " + MAX_TAG_LENGTH
                        + " characters without control characters, not blank");
            }
        });
    }
}
