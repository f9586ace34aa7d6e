package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class FaultsAndCountersTest {
    private static final String JOHN = "john.doe@example.com";

    private final Sandbox sandbox;
    private final AnnexCalls annex;
    private final GorgiasCalls gorgias;

    FaultsAndCountersTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.annex = new AnnexCalls(sandbox.annexCloud());
        this.gorgias = new GorgiasCalls(sandbox.gorgias());
    }

    private HttpResult john() {
        return annex.get("/points/" + JOHN, JOHN);
    }

    @Test
    void failNextAnswersTheVendorErrorBodyTheGivenNumberOfTimes() {
        sandbox.annexCloud().faults().failNext("GET", "/points/.*", 503, 2);

        HttpResult first = john();
        HttpResult second = john();
        HttpResult third = john();

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.json().path("errorCode").asText()).isEqualTo("AC1001");
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void failNextMapsStatusesToTheVendorsCodes() {
        sandbox.annexCloud().faults().failNext("*", "/users/.*", 401, 1);
        sandbox.gorgias().faults().failNext("POST", "/customers", 429, 1);

        assertThat(annex.get("/users/" + JOHN, JOHN).json().path("errorCode").asText()).isEqualTo("AC1002");
        HttpResult limited = gorgias.send("POST", "/customers", "{\"email\":\"x@y.com\"}");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-after")).contains("1");
        assertThat(limited.header("X-Gorgias-Account-Api-Call-Limit")).isPresent();
        assertThat(limited.json().path("error").path("msg").asText()).isEqualTo("Too many requests.");
        assertThat(sandbox.gorgias().customerByEmail("x@y.com")).isEmpty();
    }

    @Test
    void failuresOnlyHitMatchingRequests() {
        sandbox.annexCloud().faults().failNext("POST", "/points", 500, 1);

        assertThat(john().status()).isEqualTo(200);
        assertThat(annex.send("POST", "/points", "{\"id\":\"" + JOHN + "\",\"activity\":\"CREDIT\",\"credit\":1,"
                + "\"reason\":\"r\"}").status()).isEqualTo(500);
        assertThat(sandbox.annexCloud().member(JOHN).orElseThrow().availablePoints()).isEqualByComparingTo("6656");
    }

    @Test
    void dropNextClosesTheConnectionWithoutAResponse() {
        sandbox.gorgias().faults().dropNext("POST", "/customers", 1);

        assertThatThrownBy(() -> gorgias.send("POST", "/customers", "{\"email\":\"d@x.com\"}"))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        assertThat(sandbox.gorgias().customerByEmail("d@x.com")).isEmpty();
        assertThat(gorgias.send("POST", "/customers", "{\"email\":\"d@x.com\"}").status()).isEqualTo(201);
        assertThat(sandbox.gorgias().requests().count("POST", "/customers")).isEqualTo(2);
    }

    @Test
    void delayHoldsTheAnswerInTheServer() throws Exception {
        sandbox.gorgias().faults().delay("GET", "/customers/.*", Duration.ofSeconds(5));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest slow = HttpResult.request(sandbox.gorgias().baseUri(), "/customers/1")
                .header("Authorization", gorgias.basic()).timeout(Duration.ofMillis(200)).build();

        assertThatThrownBy(() -> client.send(slow, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(gorgias.get("/customers").status()).isEqualTo(200);
    }

    @Test
    void clearRemovesEveryFault() {
        sandbox.annexCloud().faults().failNext("*", ".*", 500, 5);
        sandbox.annexCloud().faults().dropNext("*", ".*", 5);
        sandbox.annexCloud().faults().delay("*", ".*", Duration.ofSeconds(30));

        sandbox.annexCloud().faults().clear();

        assertThat(john().status()).isEqualTo(200);
    }

    @Test
    void faultRulesAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> sandbox.annexCloud().faults().failNext("GET", ".*", 42, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> sandbox.annexCloud().faults().failNext("GET", ".*", 500, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> sandbox.annexCloud().faults().dropNext(" ", ".*", 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sandbox.annexCloud().faults().delay("GET", ".*", Duration.ofSeconds(-1)));
    }

    @Test
    void countersCountEveryRequestByMethodAndDecodedPath() {
        sandbox.annexCloud().faults().failNext("GET", "/points/.*", 500, 1);
        john();
        john();
        annex.get("/users/" + JOHN + "/tiers", JOHN);
        gorgias.get("/customers");

        RequestCounter annexRequests = sandbox.annexCloud().requests();
        assertThat(annexRequests.count("GET", "/points/john\\.doe@example\\.com")).isEqualTo(2);
        assertThat(annexRequests.count("get", "/users/.*/tiers")).isEqualTo(1);
        assertThat(annexRequests.count("POST", ".*")).isZero();
        assertThat(annexRequests.count("*", ".*")).isEqualTo(3);
        assertThat(annexRequests.total()).isEqualTo(3);
        assertThat(sandbox.gorgias().requests().total()).isEqualTo(1);

        annexRequests.reset();

        assertThat(annexRequests.total()).isZero();
        assertThat(sandbox.gorgias().requests().total()).isEqualTo(1);
    }
}
