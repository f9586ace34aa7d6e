package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 250 Gorgias customers: 240 with an email, of whom 50 are members already; 10 without email. */
class GorgiasToAnnexCloudSyncTest {
    private final SyncFixture fixture = new SyncFixture(data(), 40, Duration.ofSeconds(20));

    private static SandboxData data() {
        var data = SandboxData.builder();
        IntStream.range(0, 250).forEach(i -> data.addCustomers(SyncFixture.customer(i, i >= 10)));
        IntStream.range(200, 250).forEach(i -> data.addMembers(SyncFixture.member(i)));
        return data.build();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void enrolsEveryCustomerWithAnEmailAndARerunCreatesNothing() {
        LoyaltySync sync = fixture.sync(SyncListener.none());

        SyncReport first = sync.gorgiasToAnnexCloud(SyncOptions.defaults());
        SyncReport second = sync.gorgiasToAnnexCloud(SyncOptions.defaults());

        assertThat(first).extracting(SyncReport::scanned, SyncReport::created, SyncReport::unchanged,
                SyncReport::skipped, SyncReport::failed).containsExactly(250L, 190L, 50L, 10L, 0L);
        assertThat(first.toJson())
                .isEqualTo("{\"scanned\":250,\"created\":190,\"updated\":0,\"unchanged\":50,\"skipped\":10,\"failed\":0}");
        assertThat(first.skips()).allSatisfy(skip -> assertThat(skip.reason()).isEqualTo("no email"));
        assertThat(second).extracting(SyncReport::created, SyncReport::unchanged, SyncReport::skipped, SyncReport::failed)
                .containsExactly(0L, 240L, 10L, 0L);
        assertThat(fixture.sandbox.annexCloud().memberCount()).isEqualTo(240);
        SandboxMember created = fixture.sandbox.annexCloud().member(SyncFixture.email(10)).orElseThrow();
        assertThat(created.firstName()).contains("First10");
        assertThat(created.optInStatus()).isEqualTo("YES");
        assertThat(fixture.gorgias429s).hasValue(0);
    }

    @Test
    void dryRunWritesNothingButCountsWhatItWouldDo() {
        SyncReport report = fixture.sync(SyncListener.none())
                .gorgiasToAnnexCloud(SyncOptions.builder().dryRun(true).build());

        assertThat(report.created()).isEqualTo(190);
        assertThat(report.dryRun()).isTrue();
        assertThat(fixture.sandbox.annexCloud().memberCount()).isEqualTo(50);
        assertThat(fixture.sandbox.annexCloud().requests().count("POST", ".*")).isZero();
    }

    @Test
    void optedOutMembersAreReportedNotForcedUnlessConfigured() {
        fixture.sandbox.annexCloud().putMember(SandboxMember.builder().from(SyncFixture.member(249)).optInStatus("NO").build());
        LoyaltySync sync = fixture.sync(SyncListener.none());

        SyncReport reported = sync.gorgiasToAnnexCloud(SyncOptions.defaults());
        SyncReport forced = sync.gorgiasToAnnexCloud(SyncOptions.builder().forceOptIn(true).build());

        assertThat(reported.skips()).anySatisfy(skip -> assertThat(skip.reason()).isEqualTo("member opted out"));
        assertThat(reported.skipped()).isEqualTo(11);
        assertThat(forced.updated()).isEqualTo(1);
        assertThat(fixture.sandbox.annexCloud().member(SyncFixture.email(249)).orElseThrow().optInStatus()).isEqualTo("YES");
    }

    @Test
    void onlyCustomersUpdatedSinceAreVisited() {
        OffsetDateTime since = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(230);

        SyncReport report = fixture.sync(SyncListener.none())
                .gorgiasToAnnexCloud(SyncOptions.builder().updatedSince(since).build());

        assertThat(report.scanned()).isEqualTo(20);
        assertThat(report.created()).isZero();
    }

    /** Customers sharing the page boundary's exact time: the ones on the finished page are done, the rest are not. */
    @Test
    void aResumeAtAWatermarkSharedAcrossPagesSkipsOnlyTheCustomersDone() {
        SyncFixture tied = new SyncFixture(tiedData(), 40, Duration.ofSeconds(20));
        try {
            SyncReport interrupted = interruptedAt(tied, 110);
            Thread.interrupted();

            SyncReport resumed = tied.sync(SyncListener.none()).gorgiasToAnnexCloud(SyncOptions.defaults());

            assertThat(interrupted.interrupted()).isTrue();
            assertThat(resumed.scanned()).isEqualTo(150);
            assertThat(resumed.created() + resumed.unchanged()).isEqualTo(150);
            assertThat(tied.sandbox.annexCloud().memberCount()).isEqualTo(150);
            assertThat(tied.sandbox.annexCloud().requests().count("POST", "/users")).as("no create sent twice").isEqualTo(150);
        } finally {
            tied.close();
        }
    }

    /**
     * A run, one customer at a time, interrupted once {@code scanned} customers are done; it starts after
     * the customers' update times, as a real run does. The caller clears the interrupt flag.
     */
    private static SyncReport interruptedAt(SyncFixture fixture, long scanned) {
        fixture.time.advance(Duration.ofDays(1));
        Thread runner = Thread.currentThread();
        return fixture.sync(soFar -> {
            if (soFar.scanned() == scanned) {
                runner.interrupt();
            }
        }).gorgiasToAnnexCloud(SyncOptions.builder().concurrency(1).build());
    }

    /** 150 customers; numbers 40 to 59 (across the first page's end, newest first) were all updated at one time. */
    private static SandboxData tiedData() {
        var data = SandboxData.builder();
        OffsetDateTime tie = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(40);
        IntStream.range(0, 150).forEach(i -> {
            SandboxCustomer customer = SyncFixture.customer(i, true);
            data.addCustomers(i >= 40 && i < 60 ? SandboxCustomer.builder().from(customer).updatedDatetime(tie).build() : customer);
        });
        return data.build();
    }

    @Test
    void aRunInterruptedHalfWayResumesToTheSameEndState() {
        SyncReport interrupted = interruptedAt(fixture, 120);
        boolean flagKept = Thread.interrupted();

        SyncReport resumed = fixture.sync(SyncListener.none()).gorgiasToAnnexCloud(SyncOptions.defaults());

        assertThat(flagKept).isTrue();
        assertThat(interrupted.interrupted()).isTrue();
        assertThat(interrupted.scanned()).isLessThan(250);
        assertThat(interrupted.failed()).as("items cut short by the interrupt are not failures").isZero();
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.scanned()).as("the customer at the page boundary is counted once").isEqualTo(250);
        assertThat(resumed.failed()).isZero();
        assertThat(fixture.sandbox.annexCloud().memberCount()).isEqualTo(240);
        assertThat(fixture.sandbox.annexCloud().requests().count("POST", "/users")).isEqualTo(190);
        assertThat(fixture.checkpoints.load("gorgias-to-annex-default")).isEmpty();
    }
}
