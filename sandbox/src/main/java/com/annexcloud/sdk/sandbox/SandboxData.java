package com.annexcloud.sdk.sandbox;

import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The seed of a sandbox: the members of the Annex Cloud emulator and the customers of the Gorgias
 * emulator. {@link Sandbox#reset()} returns to it. As JSON (see docs/sandbox.md):
 * {@code {"members": [SandboxMember…], "customers": [SandboxCustomer…]}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSandboxData.class)
@JsonDeserialize(as = ImmutableSandboxData.class)
public abstract class SandboxData {
    private static final String SAMPLE = "sample-data.json";

    /** The day the sample file is written as of; {@link #sample(Clock)} moves its dates to the clock's day. */
    public static final LocalDate SAMPLE_DAY = LocalDate.of(2025, 12, 16);

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link SandboxData}; its setters and {@code build()} return the types of this API. */
    public static final class Builder extends ImmutableSandboxData.Builder {
    }

    /** No members, no customers. */
    public static SandboxData empty() {
        return builder().build();
    }

    /**
     * The sample data the demo and docs use, dated relative to today: {@code john.doe@example.com} (Silver,
     * 6656 available, 56 of them expiring in 30 days, a tier that expires in about 3½ months, one reward redeemed
     * with its code), 30 more members (two more with a redemption)
     * of every tier, each also a Gorgias customer, and 5 Gorgias customers who are not members, among them
     * {@code nina.nonmember@example.com}.
     */
    public static SandboxData sample() {
        return sample(Clock.systemUTC());
    }

    /**
     * {@link #sample()} as of the clock's day: every date moves by whole days so that the sample's own day,
     * {@link #SAMPLE_DAY}, becomes today (UTC), keeping its time of day and offset; birth dates stay.
     */
    public static SandboxData sample(Clock clock) {
        SandboxData data;
        try (InputStream in = SandboxData.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("sandbox resource " + SAMPLE + " is missing");
            }
            data = fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sandbox resource " + SAMPLE, e);
        }
        long days = ChronoUnit.DAYS.between(SAMPLE_DAY, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return builder()
                .members(data.members().stream().map(m -> moved(m, days)).toList())
                .customers(data.customers().stream().map(c -> moved(c, days)).toList())
                .build();
    }

    private static SandboxMember moved(SandboxMember member, long days) {
        return SandboxMember.builder().from(member)
                .anniversaryDate(later(member.anniversaryDate(), days))
                .createDate(later(member.createDate(), days))
                .updateDate(later(member.updateDate(), days))
                .optInDate(later(member.optInDate(), days))
                .pointsToExpireDate(later(member.pointsToExpireDate(), days))
                .tierAchieveDate(later(member.tierAchieveDate(), days))
                .tierExpirationDate(later(member.tierExpirationDate(), days))
                .redemptions(member.redemptions().stream()
                        .map(r -> SandboxRedemption.builder().from(r).date(r.date().plusDays(days)).build()).toList())
                .build();
    }

    private static Optional<OffsetDateTime> later(Optional<OffsetDateTime> date, long days) {
        return date.map(d -> d.plusDays(days));
    }

    private static SandboxCustomer moved(SandboxCustomer customer, long days) {
        return SandboxCustomer.builder().from(customer)
                .createdDatetime(later(customer.createdDatetime(), days))
                .updatedDatetime(later(customer.updatedDatetime(), days))
                .dataVersion(later(customer.dataVersion(), days))
                .build();
    }

    /**
     * Reads a fixture file.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a valid fixture
     */
    public static SandboxData fromJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }

    /**
     * Reads a fixture from a stream (not closed).
     *
     * @throws IllegalArgumentException when it is not a valid fixture
     */
    public static SandboxData fromJson(InputStream in) {
        try {
            return Json.mapper().readValue(in, SandboxData.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid sandbox fixture: " + firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** The loyalty members. */
    public abstract List<SandboxMember> members();

    /** The Gorgias customers, in creation order. */
    public abstract List<SandboxCustomer> customers();
}
