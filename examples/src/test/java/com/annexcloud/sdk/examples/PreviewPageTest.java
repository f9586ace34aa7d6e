package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.bridge.SidebarPreview;
import com.annexcloud.sdk.bridge.WidgetEndpoint;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.bridge.model.WidgetRequest;
import com.annexcloud.sdk.bridge.model.WidgetResponse;
import com.annexcloud.sdk.core.Secret;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's preview page as HTML (SidebarPreviewBrowserTest reads it in a browser). */
class PreviewPageTest {
    private static PreviewFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new PreviewFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static WidgetResponse get(String path, Map<String, List<String>> query) {
        return fixture.routes().handle(WidgetRequest.builder().method("GET").path(path).query(query).build());
    }

    @Test
    void withoutAnEmailItShowsTheFirstSampleMembersCardAndOffersEverySampleEmail() {
        WidgetResponse page = get("/", Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers()).containsEntry("Content-Type", "text/html; charset=utf-8")
                .containsEntry("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        assertThat(page.body()).contains("value=\"" + DemoCommand.SAMPLE_MEMBER + "\"", ">John Doe</span>",
                "<option value=\"" + DemoCommand.SAMPLE_NON_MEMBER + "\">", ">Available</span>");
    }

    @Test
    void anUnknownEmailShowsTheNonMemberCard() {
        String body = get("/", Map.of("email", List.of("nobody.known@example.com"))).body();

        assertThat(body).contains("value=\"nobody.known@example.com\"", ">Member</span><span class=\"gs-value\">No</span>")
                .doesNotContain(">Available</span>");
    }

    @Test
    void aBadEmailShowsTheEndpointsRefusalEscapedAndNeverTheToken() {
        String body = get("/", Map.of("email", List.of("\"><script>alert(1)</script>"))).body();

        assertThat(body).contains("The widget endpoint answered 400", "value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .doesNotContain("<script", PreviewFixture.TOKEN, "Bearer");
    }

    @Test
    void theMembersPageNeverShowsTheTokenItsButtonWouldSend() {
        String body = get("/", Map.of("email", List.of(DemoCommand.SAMPLE_MEMBER))).body();

        assertThat(body).contains("Add 50 points</button>").doesNotContain(PreviewFixture.TOKEN, "Bearer", "/award");
    }

    @Test
    void everyOtherRequestGoesToTheWidgetEndpoint() {
        WidgetResponse card = get(WidgetEndpoint.DEFAULT_PATH, Map.of("email", List.of(DemoCommand.SAMPLE_MEMBER)));
        WidgetResponse post = fixture.routes().handle(WidgetRequest.builder().method("POST").path("/").build());
        WidgetResponse head = fixture.routes().handle(WidgetRequest.builder().method("HEAD").path("/").build());

        assertThat(card.status()).isEqualTo(401); // the endpoint's own answer: no token given
        assertThat(post.status()).isEqualTo(404);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers()).containsEntry("Content-Type", "text/html; charset=utf-8");
    }

    @Test
    void itNeedsAtLeastOneSampleEmail() {
        SidebarPreview preview = SidebarPreview.of(GorgiasSetup.builder()
                .publicUrl(URI.create("https://loyalty.example.com/gorgias/loyalty"))
                .bearerToken(Secret.of("t")).build());

        assertThatThrownBy(() -> new PreviewPage(preview, request -> null, Secret.of("t"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sampleEmails must not be empty");
    }
}
