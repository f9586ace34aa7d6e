package com.annexcloud.sdk.spring.boot;

import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
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
        String annex = check(annexCloud::verifyCredentials);
        String helpdesk = check(gorgias::verifyCredentials);
        builder.status(annex.equals("UP") && helpdesk.equals("UP") ? "UP" : "DOWN")
                .withDetail("annexcloud", annex)
                .withDetail("gorgias", helpdesk);
    }

    /** "UP", or what failed: the exception type with the status and vendor code it carries. */
    private static String check(Runnable verify) {
        try {
            verify.run();
            return "UP";
        } catch (SdkException e) {
            StringBuilder detail = new StringBuilder(e.getClass().getSimpleName());
            e.status().ifPresent(status -> detail.append(" (HTTP ").append(status).append(')'));
            e.vendorCode().ifPresent(code -> detail.append(' ').append(code));
            return detail.toString();
        }
    }
}
