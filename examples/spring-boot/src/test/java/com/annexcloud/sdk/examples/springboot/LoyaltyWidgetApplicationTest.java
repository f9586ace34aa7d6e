package com.annexcloud.sdk.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example service on the JVM-wide sandbox over real HTTP: the card, the "Add points" and "Redeem"
 * buttons and the health check work with the starter alone and the three properties they need (Annex
 * Cloud's site id and secret, the bridge token; the base URL only points at the sandbox), no Gorgias ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "loyalty.bridge-token=" + LoyaltyWidgetApplicationTest.TOKEN)
class LoyaltyWidgetApplicationTest {
    static final String TOKEN = "example-app-bridge-token";
    private static final String MEMBER = "john.doe@example.com";

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        Sandbox.shared().properties().forEach((name, value) -> {
            if (name.startsWith("annexcloud.")) {
                registry.add(name, () -> value);
            }
        });
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectProvider<GorgiasClient> gorgias;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void resetSandbox() {
        // The card cache is off by default (loyalty.cache-ttl=0), so a reset sandbox is all a test needs.
        Sandbox.shared().reset();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> post(String action, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri("/gorgias/loyalty/" + action)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void noGorgiasClientIsBuiltWithoutGorgiasProperties() {
        assertThat(gorgias.getIfAvailable()).isNull();
    }

    @Test
    void theCardShowsTheMembersPoints() throws Exception {
        HttpResponse<String> card = send(HttpRequest.newBuilder(uri("/gorgias/loyalty?email=john.doe%40example.com")));

        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).startsWith("{\"member\":true,\"email\":\"john.doe@example.com\",\"name\":\"John Doe\"")
                .contains("\"available\":6656");
    }

    @Test
    void aNonMembersCardHasNoNulls() throws Exception {
        HttpResponse<String> card = send(HttpRequest.newBuilder(uri("/gorgias/loyalty?email=nobody%40example.com")));

        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).isEqualTo("{\"member\":false,\"email\":\"nobody@example.com\"}");
    }

    @Test
    void theAddPointsButtonCreditsOnce() throws Exception {
        String award = "{\"email\":\"" + MEMBER + "\",\"ticketId\":\"4711\",\"points\":50,\"reason\":\"goodwill\"}";

        HttpResponse<String> first = post("award", award);
        HttpResponse<String> again = post("award", award);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"available\":6706");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"available\":6706");
    }

    @Test
    void theRedeemButtonAnswersTheRewardCode() throws Exception {
        HttpResponse<String> redeemed = post("redeem", "{\"email\":\"" + MEMBER + "\",\"ticketId\":\"4711\",\"rewardId\":\"111\"}");

        assertThat(redeemed.statusCode()).isEqualTo(200);
        assertThat(redeemed.body()).contains("\"available\":6156");
    }

    @Test
    void callersWithoutTheTokenGetNothing() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/gorgias/loyalty?email=john.doe%40example.com"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("6656");
    }

    @Test
    void healthIsUpWithTheSandboxCredentials() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        // The aggregate is UP only if the loyalty component is; its details are for authorized callers only.
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("loyalty", "annexcloud", "gorgias");
    }
}
