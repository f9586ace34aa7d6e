package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.SyncOptions;
import com.annexcloud.sdk.bridge.model.SyncReport;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxData;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 120 members, 20 of them Gorgias customers already; the Gorgias budget is 10 requests / 2 s. */
class AnnexCloudToGorgiasSyncTest {
    private static final String DATA_WRITES = "/customers/\\d+/data";

    private final SyncFixture fixture = new SyncFixture(data(), 10, Duration.ofSeconds(2));
    private final List<String> memberIds = IntStream.range(0, 120).mapToObj(SyncFixture::email).toList();

    private static SandboxData data() {
        var data = SandboxData.builder();
        IntStream.range(0, 120).forEach(i -> data.addMembers(SyncFixture.member(i)));
        IntStream.range(100, 120).forEach(i -> data.addCustomers(SyncFixture.customer(i, true)));
        return data.build();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private int count(String method, String path) {
        return fixture.sandbox.gorgias().requests().count(method, path);
    }

    @Test
    void createsMissingCustomersWritesEveryCardOnceAndARerunWritesNothing() {
        LoyaltySync sync = fixture.sync(SyncListener.none());

        SyncReport first = sync.annexCloudToGorgias(memberIds.iterator(), SyncOptions.defaults());
        int firstWrites = count("PUT", DATA_WRITES);
        int firstCreates = count("POST", "/customers");
        int firstRequests = fixture.sandbox.gorgias().requests().total();
        fixture.sandbox.gorgias().requests().reset();
        SyncReport second = sync.annexCloudToGorgias(memberIds.iterator(), SyncOptions.defaults());

        assertThat(first).extracting(SyncReport::scanned, SyncReport::created, SyncReport::updated, SyncReport::failed)
                .containsExactly(120L, 100L, 20L, 0L);
        // a new customer is created with its data (one request); only the 20 existing ones get a data write,
        // each after a fresh read of the customer (the index page's data may be minutes old)
        assertThat(firstWrites).isEqualTo(20);
        assertThat(firstCreates).isEqualTo(100);
        assertThat(firstRequests).isEqualTo(1 + 100 + 20 * 2);
        assertThat(second).extracting(SyncReport::created, SyncReport::updated, SyncReport::unchanged)
                .containsExactly(0L, 0L, 120L);
        assertThat(count("POST", "/customers")).isZero();
        assertThat(count("PUT", DATA_WRITES)).isZero();
        assertThat(fixture.gorgias429s).hasValue(0);
        Map<String, Long> perEmail = fixture.sandbox.gorgias().customers().stream()
                .collect(Collectors.groupingBy(c -> c.email().orElse(""), Collectors.counting()));
        assertThat(perEmail).hasSize(120).allSatisfy((email, n) -> assertThat(n).isEqualTo(1L));
    }

    @Test
    void theCustomerDataCarriesTheCardAndKeepsOtherKeys() {
        fixture.sandbox.gorgias().putCustomer(SandboxCustomer.builder().email("keep@example.com")
                .data(com.annexcloud.sdk.core.internal.Json.mapper().createObjectNode().put("crm", "x")).build());
        fixture.sandbox.annexCloud().putMember(SandboxMember.builder().from(SyncFixture.member(500))
                .id("keep@example.com").email("keep@example.com").build());

        fixture.sync(SyncListener.none()).annexCloudToGorgias(List.of("keep@example.com").iterator(),
                SyncOptions.defaults());

        JsonNode data = fixture.sandbox.gorgias().customerByEmail("keep@example.com").orElseThrow().data().orElseThrow();
        assertThat(data.path("crm").asText()).isEqualTo("x");
        assertThat(data.path("annexcloud_loyalty").path("member").asBoolean()).isTrue();
        assertThat(data.path("annexcloud_loyalty").path("points").path("available").asLong()).isEqualTo(50_000L);
        assertThat(data.path("annexcloud_loyalty").path("_hash").asText()).hasSize(64);
    }

    @Test
    void anIndexedCustomerIsReadAfreshBeforeTheWriteSoKeysWrittenSinceAreKept() {
        List<String> ids = List.of(SyncFixture.email(100), SyncFixture.email(101), SyncFixture.email(102));
        // after the first member (the index page is read before it), another app writes into member 102's data
        LoyaltySync sync = fixture.sync(soFar -> {
            if (soFar.scanned() == 1) {
                SandboxCustomer stored = fixture.sandbox.gorgias().customerByEmail(SyncFixture.email(102)).orElseThrow();
                fixture.sandbox.gorgias().putCustomer(SandboxCustomer.builder().from(stored)
                        .data(com.annexcloud.sdk.core.internal.Json.mapper().createObjectNode().put("crm", "since")).build());
            }
        });

        SyncReport report = sync.annexCloudToGorgias(ids.iterator(), SyncOptions.defaults());

        assertThat(report.updated()).isEqualTo(3);
        JsonNode data = fixture.sandbox.gorgias().customerByEmail(SyncFixture.email(102)).orElseThrow().data().orElseThrow();
        assertThat(data.path("crm").asText()).isEqualTo("since");
        assertThat(data.path("annexcloud_loyalty").path("member").asBoolean()).isTrue();
        // one index page, then a read and a write per changed card
        assertThat(count("GET", "/customers")).isEqualTo(1);
        assertThat(count("GET", "/customers/\\d+")).isEqualTo(3);
        assertThat(count("PUT", DATA_WRITES)).isEqualTo(3);
    }

    @Test
    void aMemberWhoseEmailGorgiasWouldRefuseIsSkippedAndTheRunGoesOn() {
        // the bridge takes addresses up to 320 characters (RFC 5321), Gorgias's customers up to 254
        String longEmail = "a".repeat(60) + "@" + "d".repeat(240) + ".com";
        fixture.sandbox.annexCloud().putMember(SandboxMember.builder().from(SyncFixture.member(500))
                .id(longEmail).email(longEmail).build());

        SyncReport report = fixture.sync(SyncListener.none()).annexCloudToGorgias(
                List.of(longEmail, SyncFixture.email(0)).iterator(), SyncOptions.defaults());

        assertThat(report).extracting(SyncReport::skipped, SyncReport::created, SyncReport::failed)
                .containsExactly(1L, 1L, 0L);
        assertThat(report.skips()).extracting(s -> s.reason()).singleElement().asString()
                .contains("not one Gorgias accepts");
    }

    @Test
    void aSyncNeverEnrolsItsInputEvenWhenLookupsDo() {
        LoyaltySync implicit = LoyaltySync.builder().bridge(LoyaltyBridge.builder().annexCloud(fixture.annex)
                .gorgias(fixture.gorgias).enrolment(Enrolment.IMPLICIT).clock(fixture.time.clock()).build())
                .checkpoints(fixture.checkpoints).build();

        SyncReport report = implicit.annexCloudToGorgias(List.of("stranger@example.com").iterator(),
                SyncOptions.builder().dryRun(true).build());

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.created()).isZero();
        assertThat(fixture.sandbox.annexCloud().member("stranger@example.com")).isEmpty();
        assertThat(fixture.sandbox.annexCloud().requests().count("POST", "/users")).isZero();
    }

    @Test
    void nonMembersAndNonEmailIdsAreSkipped() {
        SyncReport report = fixture.sync(SyncListener.none()).annexCloudToGorgias(
                List.of("stranger@example.com", "not an email").iterator(), SyncOptions.defaults());

        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.skips()).extracting(s -> s.reason())
                .containsExactly("not a loyalty member", "member id is not an email address");
        assertThat(count("POST", "/customers")).isZero();
    }

    @Test
    void aRunInterruptedHalfWayResumesToTheSameEndState() {
        SyncReport interrupted = fixture.sync(soFar -> {
            if (soFar.scanned() == 60) {
                Thread.currentThread().interrupt();
            }
        }).annexCloudToGorgias(memberIds.iterator(), SyncOptions.defaults());
        boolean flagKept = Thread.interrupted();

        SyncReport resumed = fixture.sync(SyncListener.none()).annexCloudToGorgias(memberIds.iterator(),
                SyncOptions.defaults());

        assertThat(flagKept).isTrue();
        assertThat(interrupted.interrupted()).isTrue();
        assertThat(interrupted.scanned()).isEqualTo(60);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed).extracting(SyncReport::scanned, SyncReport::created, SyncReport::updated, SyncReport::failed)
                .containsExactly(120L, 100L, 20L, 0L);
        assertThat(count("PUT", DATA_WRITES)).isEqualTo(20);
        assertThat(fixture.sandbox.gorgias().customers()).allSatisfy(c -> assertThat(c.data()).isPresent());
        assertThat(fixture.sandbox.gorgias().customers().stream().map(c -> c.email().orElse(""))
                .collect(Collectors.toMap(Function.identity(), e -> 1, Integer::sum))).hasSize(120);
    }

    @Test
    void theCheckpointIsSavedEveryHundredItemsOrEverySecondNotAfterEachItem() {
        fixture.sync(SyncListener.none()).annexCloudToGorgias(memberIds.iterator(), SyncOptions.defaults());
        java.util.concurrent.atomic.AtomicInteger saves = new java.util.concurrent.atomic.AtomicInteger();
        CheckpointStore counting = new CheckpointStore() {
            @Override
            public java.util.Optional<com.annexcloud.sdk.bridge.model.Checkpoint> load(String jobName) {
                return fixture.checkpoints.load(jobName);
            }

            @Override
            public void save(String jobName, com.annexcloud.sdk.bridge.model.Checkpoint checkpoint) {
                saves.incrementAndGet();
                fixture.checkpoints.save(jobName, checkpoint);
            }

            @Override
            public void clear(String jobName) {
                fixture.checkpoints.clear(jobName);
            }
        };
        LoyaltySync sync = fixture.sync(counting, SyncListener.none());

        // the re-run spends one index page and no pacing, so the clock stands still: only the item count saves
        SyncReport rerun = sync.annexCloudToGorgias(memberIds.iterator(), SyncOptions.defaults());

        assertThat(rerun.unchanged()).isEqualTo(120);
        assertThat(saves).hasValue(1);
    }

    @Test
    void aResumedRunStillReportsWhyEarlierItemsFailed() {
        fixture.sandbox.annexCloud().faults().failNext("GET", "/points/" + SyncFixture.email(5), 500, 3);
        fixture.sync(soFar -> {
            if (soFar.scanned() == 30) {
                Thread.currentThread().interrupt();
            }
        }).annexCloudToGorgias(memberIds.iterator(), SyncOptions.defaults());
        Thread.interrupted();

        SyncReport resumed = fixture.sync(SyncListener.none()).annexCloudToGorgias(memberIds.iterator(),
                SyncOptions.defaults());

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.failed()).isEqualTo(1);
        assertThat(resumed.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.key()).isEqualTo("member " + SyncFixture.email(5));
            assertThat(failure.reason()).contains("incomplete");
        });
    }

    @Test
    void dryRunWritesNothing() {
        SyncReport report = fixture.sync(SyncListener.none()).annexCloudToGorgias(memberIds.iterator(),
                SyncOptions.builder().dryRun(true).build());

        assertThat(report.created()).isEqualTo(100);
        assertThat(report.updated()).isEqualTo(20);
        assertThat(count("POST", "/customers") + count("PUT", DATA_WRITES)).isZero();
    }

    @Test
    void aSmallInputAgainstALargeAccountDoesNotPageTheWholeAccount() {
        IntStream.range(0, 1000).forEach(i -> fixture.sandbox.gorgias().putCustomer(
                SandboxCustomer.builder().email(String.format("other%04d@example.com", i)).build()));

        SyncReport report = fixture.sync(SyncListener.none()).annexCloudToGorgias(
                List.of(SyncFixture.email(101), SyncFixture.email(102), SyncFixture.email(1)).iterator(),
                SyncOptions.defaults());

        assertThat(report).extracting(SyncReport::created, SyncReport::updated).containsExactly(1L, 2L);
        // the account is 11 pages; three lookups are cheaper, and the index spends fewer pages than that
        assertThat(count("GET", "/customers")).isLessThanOrEqualTo(2 + 3);
        assertThat(fixture.sandbox.gorgias().customerByEmail(SyncFixture.email(1)).orElseThrow().data()).isPresent();
    }

    @Test
    void anIndexThatCannotBePagedFallsBackToLookups() {
        // the first listing and its retries answer 503 ("An external service had an issue.")
        fixture.sandbox.gorgias().faults().failNext("GET", "/customers", 503, 3);

        SyncReport report = fixture.sync(SyncListener.none()).annexCloudToGorgias(memberIds.iterator(),
                SyncOptions.defaults());

        assertThat(report).extracting(SyncReport::created, SyncReport::updated, SyncReport::failed)
                .containsExactly(100L, 20L, 0L);
        // three failed attempts at the first page (the retry policy's three), then one lookup per member
        assertThat(count("GET", "/customers")).isEqualTo(3 + 120);
        assertThat(fixture.sandbox.gorgias().customers()).hasSize(120);
    }

    @Test
    void cardsAreFetchedConcurrentlyAheadOfTheGorgiasWrites() {
        // a slow Annex Cloud: each user answer takes 50 ms (real time; nothing here asserts on time)
        fixture.sandbox.annexCloud().faults().delay("GET", "/users/[^/]+", Duration.ofMillis(50));
        InFlightCounter transport = new InFlightCounter();
        try (AnnexCloudClient counted = AnnexCloudClient.builder().baseUri(fixture.sandbox.annexCloud().baseUri())
                .siteId(fixture.sandbox.annexCloud().siteId()).secret(fixture.sandbox.annexCloud().secret())
                .transport(transport).build()) {
            LoyaltySync sync = LoyaltySync.builder().bridge(LoyaltyBridge.builder().annexCloud(counted)
                    .gorgias(fixture.gorgias).clock(fixture.time.clock()).build()).checkpoints(fixture.checkpoints).build();

            SyncReport report = sync.annexCloudToGorgias(memberIds.subList(0, 40).iterator(),
                    SyncOptions.builder().concurrency(8).build());

            assertThat(report.created()).isEqualTo(40);
        }
        // eight cards in flight at once (user, points and tier each), never more
        assertThat(transport.most()).isBetween(8, 3 * 8);
    }

    @Test
    void smallInputsSearchByEmailInsteadOfIndexing() {
        fixture.sync(SyncListener.none()).annexCloudToGorgias(List.of(SyncFixture.email(110)).iterator(),
                SyncOptions.defaults());

        assertThat(count("GET", "/customers")).isEqualTo(1);
        assertThat(count("PUT", DATA_WRITES)).isEqualTo(1);
    }
}
