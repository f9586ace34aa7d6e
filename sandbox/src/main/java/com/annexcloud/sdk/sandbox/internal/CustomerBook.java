package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.SandboxCustomer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Gorgias emulator's state: customers by id, in creation order, with Gorgias-like ids, and which
 * merged customer now lives on as which other one.
 */
final class CustomerBook {
    /** The first id handed out, in the range real Gorgias ids live in. */
    static final long FIRST_ID = 63_678_235L;

    private final Map<Long, SandboxCustomer> customers = new LinkedHashMap<>();
    private final Map<Long, Long> mergedInto = new HashMap<>();
    private final Clock clock;
    private long nextId = FIRST_ID;

    CustomerBook(Clock clock) {
        this.clock = clock;
    }

    synchronized void reset(List<SandboxCustomer> seed) {
        customers.clear();
        mergedInto.clear();
        nextId = FIRST_ID;
        seed.forEach(this::put);
    }

    /** Adds a customer, or replaces the one with the same id; assigns an id and timestamps when absent. */
    synchronized SandboxCustomer put(SandboxCustomer customer) {
        long id = customer.id().orElse(nextId);
        nextId = Math.max(nextId, id + 1);
        OffsetDateTime now = now();
        OffsetDateTime created = customer.createdDatetime().orElse(now);
        SandboxCustomer stored = SandboxCustomer.builder().from(customer).id(id).createdDatetime(created)
                .updatedDatetime(customer.updatedDatetime().orElse(created)).build();
        customers.put(id, stored);
        return stored;
    }

    synchronized Optional<SandboxCustomer> get(long id) {
        return Optional.ofNullable(customers.get(id));
    }

    synchronized Optional<SandboxCustomer> byEmail(String email) {
        return customers.values().stream()
                .filter(c -> c.email().filter(e -> e.equalsIgnoreCase(email)).isPresent()).findFirst();
    }

    /** Every customer, oldest first. */
    synchronized List<SandboxCustomer> all() {
        return new ArrayList<>(customers.values());
    }

    /**
     * Replaces a customer with {@code change} applied and {@code updated_datetime} set to now; the change
     * runs under the book's lock and may throw to refuse.
     */
    synchronized Optional<SandboxCustomer> update(long id, UnaryOperator<SandboxCustomer> change) {
        SandboxCustomer current = customers.get(id);
        if (current == null) {
            return Optional.empty();
        }
        SandboxCustomer changed = change.apply(current);
        if (changed != current) {
            changed = SandboxCustomer.builder().from(changed).updatedDatetime(now()).build();
            customers.put(id, changed);
        }
        return Optional.of(changed);
    }

    /**
     * Merges {@code source} into {@code target}: the target keeps its fields with {@code change} applied and
     * takes the source's data when it has none; the source is deleted and from then on (like every customer
     * merged into it before) redirects to the target. Empty when either customer does not exist.
     */
    synchronized Optional<SandboxCustomer> merge(long source, long target, UnaryOperator<SandboxCustomer> change) {
        SandboxCustomer merged = customers.get(source);
        if (merged == null || !customers.containsKey(target)) {
            return Optional.empty();
        }
        Optional<SandboxCustomer> survivor = update(target, current -> {
            SandboxCustomer changed = change.apply(current);
            return changed.data().isPresent() ? changed
                    : SandboxCustomer.builder().from(changed).data(merged.data()).dataVersion(merged.dataVersion()).build();
        });
        customers.remove(source);
        mergedInto.replaceAll((from, to) -> to == source ? target : to);
        mergedInto.put(source, target);
        return survivor;
    }

    /** The customer a merged customer lives on as; empty for one never merged. */
    synchronized Optional<Long> survivorOf(long id) {
        return Optional.ofNullable(mergedInto.get(id));
    }

    synchronized boolean delete(long id) {
        return customers.remove(id) != null;
    }

    private OffsetDateTime now() {
        return Timestamps.gorgiasNow(clock);
    }
}
