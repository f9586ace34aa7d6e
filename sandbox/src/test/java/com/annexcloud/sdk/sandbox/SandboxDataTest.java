package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxDataTest {
    @Test
    void sampleHoldsJohnDoeAsTheDocsDescribeHim() {
        SandboxData sample = SandboxData.sample(onDay(SandboxData.SAMPLE_DAY));

        SandboxMember john = sample.members().stream().filter(m -> m.id().equals("john.doe@example.com"))
                .findFirst().orElseThrow();
        assertThat(john.firstName()).contains("John");
        assertThat(john.lastName()).contains("Doe");
        assertThat(john.lifetimePoints()).isEqualByComparingTo("7256");
        assertThat(john.availablePoints()).isEqualByComparingTo("6656");
        assertThat(john.usedPoints()).isEqualByComparingTo("600");
        assertThat(john.holdPoints()).isEqualByComparingTo("1000");
        assertThat(john.pointsToExpire()).isEqualByComparingTo("56");
        assertThat(john.pointsToExpireDate()).contains(OffsetDateTime.parse("2026-01-15T05:30:00Z"));
        assertThat(john.previousTier()).contains("Bronze");
        assertThat(TierThresholds.defaults().tierFor(john.earnedPoints())).isEqualTo("Silver");
        assertThat(TierThresholds.defaults().nextTier(john.earnedPoints())).contains("Gold");
        assertThat(john.redemptions()).singleElement().satisfies(r -> {
            assertThat(r.rewardId()).isEqualTo("111");
            assertThat(r.date()).isEqualTo(OffsetDateTime.parse("2025-12-02T10:15:00-08:00"));
        });
    }

    @Test
    void sampleIsDatedRelativeToTheClocksDay() {
        LocalDate today = LocalDate.of(2031, 3, 1);
        SandboxData sample = SandboxData.sample(onDay(today));
        SandboxData asWritten = SandboxData.sample(onDay(SandboxData.SAMPLE_DAY));

        SandboxMember john = sample.members().get(0);
        assertThat(john.id()).isEqualTo("john.doe@example.com");
        assertThat(john.pointsToExpireDate().orElseThrow()).isEqualTo(OffsetDateTime.parse("2031-03-31T05:30:00Z"));
        assertThat(john.tierExpirationDate().orElseThrow().toLocalDate()).isAfter(today);
        assertThat(john.birthDate()).isEqualTo(asWritten.members().get(0).birthDate());
        for (SandboxMember member : sample.members()) {
            member.pointsToExpireDate().ifPresent(date -> assertThat(date.toLocalDate()).isAfter(today));
            member.tierExpirationDate().ifPresent(date -> assertThat(date.toLocalDate()).isAfter(today));
            member.tierAchieveDate().ifPresent(date -> assertThat(date.toLocalDate()).isBefore(today));
            member.createDate().ifPresent(date -> assertThat(date.toLocalDate()).isBefore(today));
            member.redemptions().forEach(r -> assertThat(r.date().toLocalDate()).isBefore(today));
        }
        assertThat(john.redemptions().get(0).date().toLocalDate()).isEqualTo(today.minusDays(14));
        assertThat(sample.customers().get(0).createdDatetime().orElseThrow()).isEqualTo(asWritten.customers().get(0)
                .createdDatetime().orElseThrow().plusDays(ChronoUnit.DAYS.between(SandboxData.SAMPLE_DAY, today)));
    }

    private static Clock onDay(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Test
    void sampleMembersAreAllCustomersAndFiveCustomersAreNotMembers() {
        SandboxData sample = SandboxData.sample();
        Set<String> memberEmails = sample.members().stream().map(m -> m.email().orElseThrow())
                .collect(Collectors.toSet());
        Set<String> customerEmails = sample.customers().stream().map(c -> c.email().orElseThrow())
                .collect(Collectors.toSet());

        assertThat(sample.members()).hasSizeGreaterThanOrEqualTo(31);
        assertThat(customerEmails).containsAll(memberEmails);
        assertThat(customerEmails).hasSize(sample.customers().size());
        Set<String> nonMembers = customerEmails.stream().filter(e -> !memberEmails.contains(e)).collect(Collectors.toSet());
        assertThat(nonMembers).hasSize(5).contains("nina.nonmember@example.com");
        assertThat(sample.members()).extracting(m -> TierThresholds.defaults().tierFor(m.earnedPoints()))
                .contains("Bronze", "Silver", "Gold", "Platinum");
        assertThat(sample.members()).filteredOn(m -> m.pointsToExpire().signum() > 0).hasSizeGreaterThan(5);
    }

    @Test
    void fromJsonReadsVendorShapedValues() {
        SandboxData data = SandboxData.fromJson(resource("/fixtures/small.json"));

        SandboxMember ada = data.members().get(0);
        assertThat(ada.availablePoints()).isEqualByComparingTo("1500");
        assertThat(ada.lifetimePoints()).isEqualByComparingTo("5200");
        assertThat(ada.earnedPoints()).isEqualByComparingTo("5200");
        assertThat(ada.usedPoints()).isZero();
        assertThat(ada.optInStatus()).isEqualTo("YES");
        assertThat(ada.tierAchieveDate()).contains(OffsetDateTime.parse("2025-04-01T14:00:00-07:00"));
        assertThat(ada.extendedAttribute()).containsEntry("favouriteStore", "Camden");
        SandboxCustomer customer = data.customers().get(0);
        assertThat(customer.id()).contains(4242L);
        assertThat(customer.externalId()).contains("shop-42");
        assertThat(customer.data().orElseThrow().path("loyalty").path("points").asInt()).isEqualTo(1500);
        assertThat(data.customers().get(1).id()).isEmpty();
    }

    @Test
    void fromJsonReadsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fixture.json");
        Files.writeString(file, "{\"members\":[{\"id\":\"m1\"}],\"customers\":[]}");

        SandboxData data = SandboxData.fromJson(file);

        assertThat(data.members()).extracting(SandboxMember::id).containsExactly("m1");
        assertThat(data.customers()).isEmpty();
        assertThatThrownBy(() -> SandboxData.fromJson(dir.resolve("missing.json"))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void invalidFixturesAreRefusedClearly() {
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxData.fromJson(stream("{\"members\":[{}]}")))
                .withMessageStartingWith("not a valid sandbox fixture");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxData.fromJson(stream("[1,2")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SandboxData.fromJson(stream("{\"members\":[{\"id\":\"x\",\"availablePoints\":-1}]}")));
    }

    @Test
    void builderAndEmpty() {
        SandboxData data = SandboxData.builder().addMembers(SandboxMember.builder().id("a").build())
                .addCustomers(SandboxCustomer.builder().email("a@x.com").build()).build();

        assertThat(data.members()).hasSize(1);
        assertThat(data.customers()).hasSize(1);
        assertThat(SandboxData.empty().members()).isEmpty();
    }

    @Test
    void tierThresholdsDeriveTiersAndDistances() {
        TierThresholds tiers = TierThresholds.defaults();

        assertThat(tiers.minimums()).containsExactly(java.util.Map.entry("Bronze", 0L), java.util.Map.entry("Silver", 1000L),
                java.util.Map.entry("Gold", 5000L), java.util.Map.entry("Platinum", 10000L));
        assertThat(tiers.tierFor(0)).isEqualTo("Bronze");
        assertThat(tiers.tierFor(999)).isEqualTo("Bronze");
        assertThat(tiers.tierFor(1000)).isEqualTo("Silver");
        assertThat(tiers.tierFor(50_000)).isEqualTo("Platinum");
        assertThat(tiers.nextTier(4999)).contains("Gold");
        assertThat(tiers.nextTier(10_000)).isEmpty();
        assertThat(tiers.pointsToNextTier(1200)).isEqualTo(3800);
        assertThat(tiers.pointsToNextTier(20_000)).isZero();
        assertThat(tiers.toString()).contains("Silver=1000");
    }

    @Test
    void tierThresholdsRejectBadOrders() {
        assertThatIllegalArgumentException().isThrownBy(() -> TierThresholds.builder().tier("A", 10));
        assertThatIllegalArgumentException().isThrownBy(() -> TierThresholds.builder().tier("A", 0).tier("B", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> TierThresholds.builder().tier("A", 0).tier("A", 5));
        assertThatThrownBy(() -> TierThresholds.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThat(TierThresholds.builder().tier("Member", 0).tier("VIP", 100).build().tierFor(150)).isEqualTo("VIP");
    }

    private static InputStream resource(String name) {
        return SandboxDataTest.class.getResourceAsStream(name);
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
