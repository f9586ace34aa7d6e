package com.annexcloud.sdk.releasecheck;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Looks up the sandbox's sample member through the bridge, directly and through the widget endpoint
 * (whose JSON Jackson writes reflectively inside the SDK's modules), and prints what a reviewer needs:
 * the card's facts, the widget's answer, and how the SDK's modules were resolved.
 */
public final class ModulePathLookup {
    static final String MEMBER = "john.doe@example.com";

    private ModulePathLookup() {
    }

    /** Runs the lookup and prints the results, one fact a line. */
    public static void main(String[] args) {
        Secret token = Secret.of("release-check-token");
        try (Sandbox sandbox = Sandbox.startWithSampleData();
             AnnexCloudClient annex = AnnexCloudClient.builder()
                     .baseUri(sandbox.annexCloud().baseUri())
                     .siteId(sandbox.annexCloud().siteId())
                     .secret(sandbox.annexCloud().secret())
                     .build();
             GorgiasClient gorgias = GorgiasClient.builder()
                     .baseUri(sandbox.gorgias().baseUri())
                     .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey())
                     .build()) {
            LoyaltyBridge bridge = LoyaltyBridge.builder().annexCloud(annex).gorgias(gorgias).build();
            LoyaltyCard card = bridge.lookup(MEMBER);
            System.out.println("member: " + card.member());
            System.out.println("tier: " + card.tier().flatMap(tier -> tier.current()).orElse("none"));
            WidgetResponse widget = bridge.widgetEndpoint(token).handle(WidgetRequest.builder()
                    .method("GET")
                    .path("/gorgias/loyalty")
                    .query(Map.of("email", List.of(MEMBER)))
                    .headers(Map.of("Authorization", List.of("Bearer " + token.reveal())))
                    .build());
            System.out.println("widget: " + widget.status() + " " + widget.body());
            System.out.println("modules: " + describe(LoyaltyBridge.class, Sandbox.class, AnnexCloudClient.class,
                    GorgiasClient.class, Secret.class));
            System.out.println("bridge exports internal: "
                    + LoyaltyBridge.class.getModule().isExported("com.annexcloud.sdk.bridge.internal"));
            System.out.println("core exports internal to this module: " + Secret.class.getModule()
                    .isExported("com.annexcloud.sdk.core.internal", ModulePathLookup.class.getModule()));
        }
    }

    /** Each class's module name, marked "(automatic)" or "(unnamed)" when it is not an explicit module. */
    private static String describe(Class<?>... types) {
        return Stream.of(types).map(Class::getModule).map(module -> !module.isNamed() ? "(unnamed)"
                        : module.getName() + (module.getDescriptor().isAutomatic() ? " (automatic)" : ""))
                .collect(Collectors.joining(", "));
    }
}
