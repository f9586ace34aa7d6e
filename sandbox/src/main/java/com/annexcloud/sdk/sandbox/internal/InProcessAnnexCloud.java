package com.annexcloud.sdk.sandbox.internal;

import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.sandbox.AnnexCloudEmulator;
import com.annexcloud.sdk.sandbox.SandboxMember;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** The Annex Cloud emulator: an {@link HttpEmulator} serving {@link AnnexCloudApi} over a {@link MemberBook}. */
public final class InProcessAnnexCloud extends ServedEmulator implements AnnexCloudEmulator {
    private final String siteId;
    private final Secret secret;
    private final Clock clock;
    private final List<SandboxMember> seed;
    private final boolean wrapByDefault;
    private final MemberBook book;
    private final AnnexCloudApi api;

    /**
     * Starts the emulator on a free port of 127.0.0.1.
     *
     * @param site the site's tiers, points precision and customId deduplication
     * @param seed the members {@link #reset()} returns to (a redemption of a reward the catalogue lacks is refused)
     * @param wrapByDefault whether users are wrapped in {@code Data} after a reset
     */
    public static InProcessAnnexCloud start(String siteId, Secret secret, Clock clock, AnnexSite site,
                                            List<SandboxMember> seed, boolean wrapByDefault, ExecutorService executor) {
        MemberBook.checkSeed(seed);
        MemberBook book = new MemberBook();
        AnnexCloudApi api = new AnnexCloudApi(book, new AnnexAuthenticator(siteId, secret, clock),
                new AnnexViews(siteId, site), new PointsLedger(book, site, clock), clock);
        return new InProcessAnnexCloud(siteId, secret, clock, seed, wrapByDefault, book, api, executor);
    }

    private InProcessAnnexCloud(String siteId, Secret secret, Clock clock, List<SandboxMember> seed,
                                boolean wrapByDefault, MemberBook book, AnnexCloudApi api, ExecutorService executor) {
        super(api, executor);
        this.siteId = siteId;
        this.secret = secret;
        this.clock = clock;
        this.seed = seed.stream().map(this::stamped).toList();
        this.wrapByDefault = wrapByDefault;
        this.book = book;
        this.api = api;
        restoreSeed();
    }

    /** Back to the seed: members, history, used keys, the Data switch, counters and faults. */
    public void reset() {
        restoreSeed();
        clearTraffic();
    }

    private void restoreSeed() {
        book.reset(seed);
        api.wrapUsersInData(wrapByDefault);
    }

    @Override
    public String siteId() {
        return siteId;
    }

    @Override
    public Secret secret() {
        return secret;
    }

    @Override
    public Optional<SandboxMember> member(String id) {
        return book.get(id);
    }

    @Override
    public void putMember(SandboxMember member) {
        book.put(stamped(member));
    }

    @Override
    public int memberCount() {
        return book.size();
    }

    @Override
    public void wrapUsersInData(boolean wrap) {
        api.wrapUsersInData(wrap);
    }

    /** The member with a creation date from the sandbox clock when it has none. */
    private SandboxMember stamped(SandboxMember member) {
        return member.createDate().isPresent() ? member
                : SandboxMember.builder().from(member).createDate(Timestamps.annexNow(clock)).build();
    }
}
