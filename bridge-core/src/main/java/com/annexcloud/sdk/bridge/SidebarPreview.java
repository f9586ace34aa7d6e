package com.annexcloud.sdk.bridge;

import com.annexcloud.sdk.bridge.internal.SidebarHtml;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What an agent sees of a loyalty card in the Gorgias sidebar, as HTML, for demos, docs and admin pages: the
 * card JSON the widget endpoint answers, laid out from the same widget template that
 * {@link LoyaltyBridge#installGorgiasIntegration} sends to Gorgias, so the preview and Gorgias cannot drift.
 * Every value is escaped; buttons are drawn but do nothing, and the endpoint token the template's button
 * carries is never written. Pages are self-contained: inline CSS, no script, nothing fetched, and a
 * Content-Security-Policy that keeps it so.
 */
public final class SidebarPreview {
    /**
     * What {@link #page} carries in a {@code <meta>}, a second line of defence behind the escaping: inline CSS
     * only, no script, nothing fetched, no {@code <base>}, no form ({@code frame-ancestors} needs a header).
     */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private final SidebarHtml layout;

    private SidebarPreview(SidebarHtml layout) {
        this.layout = layout;
    }

    /** The preview of the widget that installing {@code setup} creates in Gorgias. */
    public static SidebarPreview of(GorgiasSetup setup) {
        return new SidebarPreview(SidebarHtml.of(Objects.requireNonNull(setup, "setup")));
    }

    /** A whole HTML page showing this card. */
    public String page(LoyaltyCard card) {
        return page(card.toJson());
    }

    /**
     * A whole HTML page showing the card of this widget JSON (the endpoint's 200 body).
     *
     * @throws IllegalArgumentException when {@code cardJson} is not a JSON object
     */
    public String page(String cardJson) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>Loyalty card preview</title>"
                + "<style>body{margin:0;padding:16px;background:#f4f4f5}" + styles() + "</style></head><body>"
                + fragment(cardJson) + "</body></html>";
    }

    /**
     * The card of this widget JSON alone, one {@code <div class="gs-sidebar">} for a page of your own that
     * includes {@link #styles()}.
     *
     * @throws IllegalArgumentException when {@code cardJson} is not a JSON object
     */
    public String fragment(String cardJson) {
        return layout.render(parse(cardJson));
    }

    /** The CSS of {@link #fragment}, for a {@code <style>} element. */
    public static String styles() {
        return SidebarHtml.CSS;
    }

    /** Text made safe for HTML content and quoted attribute values, as the preview writes every value. */
    public static String escape(String text) {
        return SidebarHtml.escape(Objects.requireNonNull(text, "text"));
    }

    private static JsonNode parse(String cardJson) {
        JsonNode card;
        try {
            card = Json.mapper().readTree(Objects.requireNonNull(cardJson, "cardJson"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cardJson is not JSON", e);
        }
        if (card == null || !card.isObject()) {
            throw new IllegalArgumentException("cardJson must be a JSON object");
        }
        return card;
    }
}
