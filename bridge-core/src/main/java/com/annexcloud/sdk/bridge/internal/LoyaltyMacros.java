package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.gorgias.model.CreateMacro;
import com.annexcloud.sdk.gorgias.model.MacroAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The loyalty macros the installer keeps in Gorgias, each a reply whose figures are the card integration's
 * variables, {@code {{ticket.customer.integrations[<integration id>].points.available}}} (the id-in-brackets
 * form of Gorgias's macro variables over integration data; docs/vendor-facts-agent-workflow.md), so they are
 * written once that id is known. Each also tags the ticket {@code loyalty}.
 */
final class LoyaltyMacros {
    /** Points balance and expiry. */
    static final String POINTS_BALANCE = "points-balance";
    /** Tier and the distance to the next. */
    static final String TIER_STATUS = "tier-status";
    /** The reply after the card's goodwill button. */
    static final String GOODWILL_POINTS = "goodwill-points";
    /** Every key the installer has ever written: an uninstall removes these and nothing else. */
    static final List<String> KEYS = List.of(POINTS_BALANCE, TIER_STATUS, GOODWILL_POINTS);
    private static final String TAG = "loyalty";
    private static final String GREETING = "Hi {{ticket.customer.firstname}},";

    private LoyaltyMacros() {
    }

    /** The macros {@code setup} asks for, by key, reading the data of integration {@code integrationId}. */
    static Map<String, CreateMacro> of(GorgiasSetup setup, long integrationId) {
        Map<String, CreateMacro> macros = new LinkedHashMap<>();
        if (!setup.macros()) {
            return macros;
        }
        String card = "{{ticket.customer.integrations[" + integrationId + "].";
        macros.put(POINTS_BALANCE, macro(setup, POINTS_BALANCE, "Loyalty: points balance",
                "You have " + card + "points.available}} loyalty points to spend.",
                card + "points.expiring}} of them expire on " + card + "points.expiringOn}}, so do use them before then."));
        macros.put(TIER_STATUS, macro(setup, TIER_STATUS, "Loyalty: tier status",
                "You are a " + card + "tier.current}} member.",
                "Another " + card + "tier.pointsToNext}} points will take you to " + card + "tier.next}}."));
        if (setup.awardButtonPoints() > 0) {
            macros.put(GOODWILL_POINTS, macro(setup, GOODWILL_POINTS, "Loyalty: goodwill points added",
                    "As a thank-you for your patience, we have added " + setup.awardButtonPoints()
                            + " goodwill points to your loyalty account."));
        }
        return macros;
    }

    /** Every {@code external_id} an installation under {@code integrationName} may have written. */
    static List<String> externalIds(String integrationName) {
        return KEYS.stream().map(key -> InstallationNames.macroExternalId(integrationName, key)).toList();
    }

    /** The key whose {@code external_id} this is under {@code integrationName}. */
    static String keyOf(String integrationName, String externalId) {
        return KEYS.stream().filter(key -> InstallationNames.macroExternalId(integrationName, key).equals(externalId))
                .findFirst().orElseThrow();
    }

    private static CreateMacro macro(GorgiasSetup setup, String key, String name, String... paragraphs) {
        List<String> text = new ArrayList<>(List.of(GREETING));
        text.addAll(List.of(paragraphs));
        String bodyText = String.join("\n\n", text);
        String bodyHtml = text.stream().map(paragraph -> "<div>" + paragraph + "</div>")
                .collect(Collectors.joining("<div><br></div>"));
        return CreateMacro.builder()
                .name(name)
                .externalId(InstallationNames.macroExternalId(setup.name(), key))
                .language("en")
                .addActions(MacroAction.setResponseText(bodyText, bodyHtml), MacroAction.addTags(TAG))
                .build();
    }
}
