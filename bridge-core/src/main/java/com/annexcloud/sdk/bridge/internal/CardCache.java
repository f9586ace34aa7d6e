package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A bounded TTL cache of complete cards, least recently used out first. A zero TTL disables it. */
final class CardCache {
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries;

    CardCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    synchronized Optional<LoyaltyCard> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.card());
    }

    synchronized void put(String key, LoyaltyCard card) {
        if (!ttl.isZero() && !card.partial()) {
            entries.put(key, new Entry(card, clock.instant().plus(ttl)));
        }
    }

    synchronized void invalidate(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    private record Entry(LoyaltyCard card, Instant expiresAt) {
    }
}
