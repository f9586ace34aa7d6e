package com.annexcloud.sdk.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.model.ActivityLine;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.PointsSummary;
import com.annexcloud.sdk.bridge.model.RedemptionLine;
import com.annexcloud.sdk.bridge.model.TierSummary;
import com.annexcloud.sdk.core.Secret;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The sidebar preview laid out from the installer's widget template (the browser test in examples checks what a
 * person reads of it). The template's shape (wrapper, cards with path, title and widgets) is that of
 * developers.gorgias.com "The Widget object"; how each leaf type looks is our assumption (docs/gorgias-setup.md).
 */
class SidebarPreviewTest {
    private static final String TOKEN = "preview-token-do-not-show";
    private static final SidebarPreview PREVIEW = SidebarPreview.of(GorgiasSetup.builder()
            .publicUrl(URI.create("https://loyalty.acme.test/gorgias/loyalty"))
            .bearerToken(Secret.of(TOKEN)).build());

    private static final LoyaltyCard MEMBER = LoyaltyCard.builder()
            .member(true).email("john.doe@example.com").name("John Doe").status("ACTIVE")
            .points(PointsSummary.builder().available(new BigDecimal("6656")).lifetime(new BigDecimal("7256"))
                    .expiring(new BigDecimal("56")).expiringOn(LocalDate.of(2020, 1, 30)).build())
            .tier(TierSummary.builder().current("Silver").next("Gold").pointsToNext(new BigDecimal("120.5"))
                    .expiresOn(LocalDate.of(2020, 4, 1)).build())
            .addRecentActivity(ActivityLine.builder().date(LocalDate.of(2019, 12, 24)).activity("CREDIT")
                    .points(new BigDecimal("50")).reason("Goodwill").build())
            .build();

    @Test
    void fieldsAreLaidOutByTheTemplateTypesInTemplateOrder() {
        String html = PREVIEW.fragment(MEMBER.toJson());

        assertThat(html).startsWith("<div class=\"gs-sidebar\">").endsWith("</div>")
                .containsSubsequence(">Loyalty</h2>", ">Member</span><span class=\"gs-value\">Yes</span>",
                        ">Name</span><span class=\"gs-value\">John Doe</span>",
                        ">Points</h3>", ">Available</span><span class=\"gs-value gs-points\">6,656</span>",
                        ">Lifetime</span><span class=\"gs-value gs-points\">7,256</span>",
                        ">Expiring on</span><span class=\"gs-value\">Jan 30, 2020</span>",
                        ">Tier</h3>", ">Current</span><span class=\"gs-value\">Silver</span>",
                        ">Next</span><span class=\"gs-value\">Gold</span>",
                        ">Points to next tier</span><span class=\"gs-value gs-points\">120.5</span>",
                        ">Recent activity</h3>", "<li class=\"gs-item\">", ">Dec 24, 2019<", ">50<", ">Goodwill<",
                        ">Add 50 points</button>")
                .contains("data-path=\"points.available\"", "data-path=\"recentActivity.reason\"");
    }

    @Test
    void recentRedemptionsShowTheCodeRewardPointsAndDayOfEach() {
        LoyaltyCard card = LoyaltyCard.builder().from(MEMBER)
                .addRedemptions(RedemptionLine.builder().code("SBX111-000001").reward("$5 off your next order")
                        .points(new BigDecimal("500")).date(LocalDate.of(2025, 12, 1)).status("Used").build())
                .build();

        String html = PREVIEW.fragment(card.toJson());

        assertThat(html).containsSubsequence(">Recent activity</h3>", ">Recent redemptions</h3>", "<li class=\"gs-item\">",
                        ">SBX111-000001<", ">$5 off your next order<", ">500<", ">Dec 1, 2025<")
                .contains("data-path=\"redemptions.code\"");
    }

    @Test
    void aNonMemberShowsMemberNoAndNoSectionsItDoesNotHave() {
        String html = PREVIEW.fragment(LoyaltyCard.nonMember("nina@example.com").toJson());

        assertThat(html).contains(">Member</span><span class=\"gs-value\">No</span>")
                .doesNotContain(">Points</h3>", ">Tier</h3>", ">Recent activity</h3>", ">Rewards</h3>",
                        ">Recent redemptions</h3>");
    }

    @Test
    void everyValueIsEscapedSoMarkupInTheDataIsText() {
        String html = PREVIEW.page("{\"member\":true,\"email\":\"x@example.com\",\"name\":\"<script>alert(1)</script>\","
                + "\"status\":\"\\\"><img src=x onerror=alert(2)>\",\"recentActivity\":[{\"reason\":\"a & b <b>c</b>\"}]}");

        assertThat(html).doesNotContain("<script", "<img", "<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;",
                        "a &amp; b &lt;b&gt;c&lt;/b&gt;");
    }

    @Test
    void theButtonIsInertAndTheTokenItsActionCarriesIsNeverWritten() {
        String html = PREVIEW.page(MEMBER);

        assertThat(html).contains("<button type=\"button\" class=\"gs-button\" disabled")
                .doesNotContain(TOKEN, "Bearer", "/award", "{{ticket");
    }

    @Test
    void hiddenKeysAndAbsentOrEmptyValuesAreLeftOut() {
        String html = PREVIEW.fragment("{\"member\":true,\"email\":\"x@example.com\",\"name\":\"\",\"status\":null,"
                + "\"_partial\":true,\"points\":{\"available\":10}}");

        assertThat(html).doesNotContain("partial", ">Name<", ">Status<", ">Lifetime<")
                .contains(">Available</span><span class=\"gs-value gs-points\">10</span>");
    }

    @Test
    void aNumberTooLargeOrTooPreciseToSpellOutIsShownAsSent() {
        String huge = PREVIEW.fragment("{\"member\":true,\"points\":{\"available\":\"1e2000000\",\"lifetime\":\"1e-50\","
                + "\"expiring\":\"1.5e3\"}}");

        assertThat(huge).contains(">Available</span><span class=\"gs-value\">1e2000000</span>",
                        ">Lifetime</span><span class=\"gs-value\">1e-50</span>",
                        ">Expiring</span><span class=\"gs-value gs-points\">1,500</span>")
                .hasSizeLessThan(10_000);
    }

    @Test
    void aPageCarriesAContentSecurityPolicyThatAllowsOnlyItsInlineStyles() {
        assertThat(PREVIEW.page(MEMBER)).contains("<head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">");
    }

    @Test
    void aPageIsOneSelfContainedDocumentAroundTheFragment() {
        String page = PREVIEW.page(MEMBER);

        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>")
                .contains("<style>", SidebarPreview.styles(), PREVIEW.fragment(MEMBER.toJson()))
                .doesNotContain("<script", "<link", "src=", "@import", "url(");
        assertThat(PREVIEW.page(MEMBER.toJson())).isEqualTo(page);
        assertThat(SidebarPreview.styles()).contains(".gs-card{", ".gs-field{", ".gs-button{");
    }

    @Test
    void cardJsonMustBeAJsonObject() {
        assertThatThrownBy(() -> PREVIEW.fragment("[1]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cardJson must be a JSON object");
        assertThatThrownBy(() -> PREVIEW.page("{not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cardJson is not JSON");
        assertThatThrownBy(() -> PREVIEW.fragment("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapeMakesTextSafeInContentAndQuotedAttributes() {
        assertThat(SidebarPreview.escape("<a href=\"x\">Tom's & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(SidebarPreview.escape("plain text")).isEqualTo("plain text");
    }

    @Test
    void withoutAnAwardButtonNoButtonIsDrawn() {
        SidebarPreview noButton = SidebarPreview.of(GorgiasSetup.builder()
                .publicUrl(URI.create("https://loyalty.acme.test/gorgias/loyalty"))
                .bearerToken(Secret.of(TOKEN)).awardButtonPoints(0).build());

        assertThat(noButton.fragment(MEMBER.toJson())).doesNotContain("<button").contains(">Available<");
    }
}
