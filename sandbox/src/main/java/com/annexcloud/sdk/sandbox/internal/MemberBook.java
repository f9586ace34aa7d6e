package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.SandboxMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The Annex Cloud emulator's state: members (by id, case-insensitive), their history and used keys. */
final class MemberBook {
    private final Map<String, Entry> members = new LinkedHashMap<>();
    private long transactions;

    /** One member's mutable state; only touched inside {@link #withMember}. */
    static final class Entry {
        SandboxMember member;
        final List<PointsTransaction> history = new ArrayList<>();
        final Set<String> usedKeys = new HashSet<>();

        Entry(SandboxMember member) {
            this.member = member;
        }
    }

    synchronized void reset(List<SandboxMember> seed) {
        members.clear();
        transactions = 0;
        seed.forEach(this::put);
    }

    synchronized Optional<SandboxMember> get(String id) {
        return Optional.ofNullable(members.get(key(id))).map(e -> e.member);
    }

    /** Adds or replaces a member, keeping the history of a replaced one. */
    synchronized void put(SandboxMember member) {
        members.computeIfAbsent(key(member.id()), k -> new Entry(member)).member = member;
    }

    /** Adds a member unless one with the id exists; false when it does. */
    synchronized boolean create(SandboxMember member) {
        return members.putIfAbsent(key(member.id()), new Entry(member)) == null;
    }

    synchronized int size() {
        return members.size();
    }

    /** Runs {@code action} on the member's state under the book's lock; empty when the member is unknown. */
    synchronized <T> Optional<T> withMember(String id, Function<Entry, T> action) {
        Entry entry = members.get(key(id));
        return entry == null ? Optional.empty() : Optional.ofNullable(action.apply(entry));
    }

    /** The next transaction number (call inside {@link #withMember}). */
    synchronized long nextTransaction() {
        return ++transactions;
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
