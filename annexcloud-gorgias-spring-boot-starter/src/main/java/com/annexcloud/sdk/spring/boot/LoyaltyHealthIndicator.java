package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.spring.boot.internal.CredentialsCheck;
import com.annexcloud.sdk.spring.boot.internal.CredentialsCheck.Outcome;
import com.annexcloud.sdk.spring.boot.internal.CredentialsCheck.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The credentials of both vendors, checked with each client's {@code verifyCredentials()} (one cheap
 * authenticated read each) at most once per cache period, one check at a time: UP when both accept them;
 * DOWN when one refuses them or its base URL does not serve the API; UNKNOWN when nothing was proved (a
 * vendor unreachable, rate limiting or failing), so an outage of a vendor does not mark this service down.
 * Details name each vendor's outcome (the failure's type, HTTP status and vendor code, never a secret or a
 * message) and when it was checked. Without a Gorgias client only Annex Cloud is checked, and the
 * {@code gorgias} detail says {@value #NOT_CONFIGURED}.
 */
public class LoyaltyHealthIndicator implements HealthIndicator {
    /** The cache period when none is given. */
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(60);
    /** The {@code gorgias} detail when there is no Gorgias client to check. */
    public static final String NOT_CONFIGURED = "not configured";

    private final AnnexCloudClient annexCloud;
    private final Optional<GorgiasClient> gorgias;
    private final Duration cacheTtl;
    private final Clock clock;
    private Health last;
    private Instant checkedAt;

    /** A health check of both clients, cached for {@link #DEFAULT_CACHE_TTL}. */
    public LoyaltyHealthIndicator(AnnexCloudClient annexCloud, GorgiasClient gorgias) {
        this(annexCloud, gorgias, DEFAULT_CACHE_TTL, Clock.systemUTC());
    }

    /**
     * A health check of both clients whose result is reused for {@code cacheTtl} (zero: every call checks),
     * timed by {@code clock}. Pass clients without retries and with short timeouts: the check waits for them.
     */
    public LoyaltyHealthIndicator(AnnexCloudClient annexCloud, GorgiasClient gorgias, Duration cacheTtl, Clock clock) {
        this(annexCloud, Optional.of(Objects.requireNonNull(gorgias, "gorgias")), cacheTtl, clock);
    }

    /**
     * A health check of Annex Cloud alone, for an application without a Gorgias client (its status is Annex
     * Cloud's); otherwise as {@link #LoyaltyHealthIndicator(AnnexCloudClient, GorgiasClient, Duration, Clock)}.
     */
    public LoyaltyHealthIndicator(AnnexCloudClient annexCloud, Duration cacheTtl, Clock clock) {
        this(annexCloud, Optional.empty(), cacheTtl, clock);
    }

    private LoyaltyHealthIndicator(AnnexCloudClient annexCloud, Optional<GorgiasClient> gorgias, Duration cacheTtl,
                                   Clock clock) {
        this.annexCloud = Objects.requireNonNull(annexCloud, "annexCloud");
        this.gorgias = gorgias;
        if (cacheTtl == null || cacheTtl.isNegative()) {
            throw new IllegalArgumentException("cacheTtl must be zero or positive");
        }
        this.cacheTtl = cacheTtl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The last result while it is fresh; otherwise a new check (concurrent callers wait for it). */
    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(cacheTtl))) {
            last = check(now);
            checkedAt = now;
        }
        return last;
    }

    private Health check(Instant now) {
        Outcome annex = CredentialsCheck.check(annexCloud::verifyCredentials);
        Outcome helpdesk = gorgias.map(client -> CredentialsCheck.check(client::verifyCredentials))
                .orElse(new Outcome(Verdict.UP, NOT_CONFIGURED));
        return Health.status(status(annex.verdict(), helpdesk.verdict()))
                .withDetail("annexcloud", annex.detail())
                .withDetail("gorgias", helpdesk.detail())
                .withDetail("checkedAt", now.toString())
                .build();
    }

    private static Status status(Verdict annex, Verdict helpdesk) {
        if (annex == Verdict.DOWN || helpdesk == Verdict.DOWN) {
            return Status.DOWN;
        }
        return annex == Verdict.UP && helpdesk == Verdict.UP ? Status.UP : Status.UNKNOWN;
    }
}
