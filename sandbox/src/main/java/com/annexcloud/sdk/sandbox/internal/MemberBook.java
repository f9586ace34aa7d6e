package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.sandbox.SandboxMember;
import com.annexcloud.sdk.sandbox.SandboxRedemption;
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

    /**
     * Refuses a seed whose redemptions name a reward the catalogue does not have (before anything starts).
     *
     * @throws IllegalArgumentException naming the member and the reward
     */
    static void checkSeed(List<SandboxMember> seed) {
        for (SandboxMember member : seed) {
            for (SandboxRedemption redemption : member.redemptions()) {
                if (RewardCatalogue.find(redemption.rewardId()).isEmpty()) {
                    throw new IllegalArgumentException("member " + member.id() + " redeemed reward "
                            + redemption.rewardId() + ", which the sandbox's catalogue does not have");
                }
            }
        }
    }

    /** Back to a {@link #checkSeed checked} seed: its members, each with its redemptions as the history. */
    synchronized void reset(List<SandboxMember> seed) {
        members.clear();
        transactions = 0;
        seed.forEach(this::put);
        for (SandboxMember member : seed) {
            List<PointsTransaction> history = members.get(key(member.id())).history;
            member.redemptions().forEach(redemption -> history.add(redeemed(redemption)));
        }
    }

    private PointsTransaction redeemed(SandboxRedemption redemption) {
        RewardCatalogue.Reward reward = RewardCatalogue.find(redemption.rewardId()).orElseThrow();
        long number = nextTransaction();
        return new PointsTransaction(number, "DEBIT", reward.points(), Optional.empty(), Optional.of(reward.id()),
                Optional.of(PointsTransaction.rewardCode(reward, number)), reward.name(), redemption.date());
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
