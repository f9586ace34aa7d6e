package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.spring.boot.internal.CredentialsCheck;
import java.util.Objects;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * UP when both vendors accept the configured credentials, checked with each client's
 * {@code verifyCredentials()} (one cheap authenticated read each); DOWN otherwise, with per-vendor details
 * that name the failure's type, HTTP status and vendor code, never a secret or a message.
 */
public class LoyaltyHealthIndicator extends AbstractHealthIndicator {
    private final AnnexCloudClient annexCloud;
    private final GorgiasClient gorgias;

    /** A health check of both clients. */
    public LoyaltyHealthIndicator(AnnexCloudClient annexCloud, GorgiasClient gorgias) {
        super("loyalty health check failed");
        this.annexCloud = Objects.requireNonNull(annexCloud, "annexCloud");
        this.gorgias = Objects.requireNonNull(gorgias, "gorgias");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String annex = CredentialsCheck.run(annexCloud::verifyCredentials);
        String helpdesk = CredentialsCheck.run(gorgias::verifyCredentials);
        builder.status(annex.equals(CredentialsCheck.UP) && helpdesk.equals(CredentialsCheck.UP) ? "UP" : "DOWN")
                .withDetail("annexcloud", annex)
                .withDetail("gorgias", helpdesk);
    }
}
