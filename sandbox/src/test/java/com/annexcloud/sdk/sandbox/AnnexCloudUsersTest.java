package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class AnnexCloudUsersTest {
    private final Sandbox sandbox;
    private final AnnexCalls annex;

    AnnexCloudUsersTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.annex = new AnnexCalls(sandbox.annexCloud());
    }

    @Test
    void createThenGetAnswersTheUserAsTheVendorDoes() {
        HttpResult created = annex.send("POST", "/users", "{\"id\":\"new@x.com\",\"email\":\"new@x.com\","
                + "\"firstName\":\"New\",\"lastName\":\"Member\",\"birthDate\":\"1990-05-06\","
                + "\"extendedAttribute\":{\"KEY1\":\"VALUE1\"}}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("optInStatus").asText()).isEqualTo("YES");

        HttpResult got = annex.get("/users/new@x.com", "new@x.com");
        assertThat(got.status()).isEqualTo(200);
        JsonNode user = got.json();
        assertThat(user.path("id").asText()).isEqualTo("new@x.com");
        assertThat(user.path("firstName").asText()).isEqualTo("New");
        assertThat(user.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(user.path("birthDate").asText()).isEqualTo("1990-05-06T00:00:00-0700");
        assertThat(user.path("createDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-0700");
        assertThat(user.path("optInDate").asText()).isEqualTo(user.path("createDate").asText());
        assertThat(user.path("phone").asText()).isEmpty();
        assertThat(user.path("totalSpendCurrency").isTextual()).isTrue();
        assertThat(user.path("siteId").asText()).isEqualTo("123456");
        assertThat(user.path("extendedAttribute").path("KEY1").asText()).isEqualTo("VALUE1");
        assertThat(sandbox.annexCloud().member("NEW@x.com")).isPresent();
    }

    @Test
    void createWithOptInNoKeepsTheMemberOptedOut() {
        annex.send("POST", "/users", "{\"id\":\"shy@x.com\",\"optInStatus\":\"NO\"}");

        SandboxMember member = sandbox.annexCloud().member("shy@x.com").orElseThrow();
        assertThat(member.optInStatus()).isEqualTo("NO");
        assertThat(member.optInDate()).isEmpty();
    }

    @Test
    void createRefusesAnExistingIdWithAc1006() {
        HttpResult again = annex.send("POST", "/users", "{\"id\":\"john.doe@example.com\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("errorCode").asText()).isEqualTo("AC1006");
        assertThat(again.json().path("errorMessage").asText()).isEqualTo("Data already exists");
    }

    @Test
    void createWithoutIdIsAc1004AndWithBadValuesAc1007() {
        assertThat(annex.send("POST", "/users", "{\"email\":\"a@b.com\"}").json().path("errorCode").asText())
                .isEqualTo("AC1004");
        assertThat(annex.send("POST", "/users", "{\"id\":\"a@b.com\",\"optInStatus\":\"MAYBE\"}").status())
                .isEqualTo(400);
        assertThat(annex.send("POST", "/users", "not json").json().path("errorCode").asText()).isEqualTo("AC1007");
        assertThat(sandbox.annexCloud().member("a@b.com")).isEmpty();
    }

    @Test
    void unknownUserIsAc1005() {
        HttpResult missing = annex.get("/users/nobody@example.com", "nobody@example.com");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("errorCode").asText()).isEqualTo("AC1005");
        assertThat(missing.json().path("errorMessage").asText()).isEqualTo("No data found");
    }

    @Test
    void patchAndPutUpdateOnlyTheFieldsGiven() {
        HttpResult patched = annex.send("PATCH", "/users/john.doe@example.com", "{\"firstName\":\"Johnny\"}");
        HttpResult put = annex.send("PUT", "/users/john.doe@example.com", "{\"zipCode\":\"10001\"}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(put.json().path("firstName").asText()).isEqualTo("Johnny");
        SandboxMember john = sandbox.annexCloud().member("john.doe@example.com").orElseThrow();
        assertThat(john.firstName()).contains("Johnny");
        assertThat(john.zipCode()).contains("10001");
        assertThat(john.lastName()).contains("Doe");
        assertThat(john.availablePoints()).isEqualByComparingTo("6656");
    }

    @Test
    void patchCanOptInAnOptedOutMember() {
        annex.send("POST", "/users", "{\"id\":\"later@x.com\",\"optInStatus\":\"NO\"}");

        annex.send("PATCH", "/users/later@x.com", "{\"optInStatus\":\"YES\"}");

        SandboxMember member = sandbox.annexCloud().member("later@x.com").orElseThrow();
        assertThat(member.optInStatus()).isEqualTo("YES");
        assertThat(member.optInDate()).isPresent();
    }

    @Test
    void patchOfAnUnknownUserIsAc1005() {
        assertThat(annex.send("PATCH", "/users/ghost@x.com", "{\"firstName\":\"G\"}").json().path("errorCode").asText())
                .isEqualTo("AC1005");
    }

    @Test
    void usersCanBeWrappedInDataPerMemberOrSandboxWide() {
        sandbox.annexCloud().putMember(SandboxMember.builder().id("wrapped@x.com").wrapInData(true).build());

        assertThat(annex.get("/users/wrapped@x.com", "wrapped@x.com").json().path("Data").path("id").asText())
                .isEqualTo("wrapped@x.com");
        assertThat(annex.get("/users/john.doe@example.com", "john.doe@example.com").json().has("Data")).isFalse();

        sandbox.annexCloud().wrapUsersInData(true);

        assertThat(annex.get("/users/john.doe@example.com", "john.doe@example.com").json()
                .path("Data").path("firstName").asText()).isEqualTo("John");
    }

    @Test
    void idsWithReservedCharactersArePercentDecoded() {
        annex.send("POST", "/users", "{\"id\":\"a b+c/d@x.com\"}");

        HttpResult got = annex.get("/users/a%20b+c%2Fd@x.com", "a b+c/d@x.com");

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().path("id").asText()).isEqualTo("a b+c/d@x.com");
    }

    @Test
    void unknownPathIsAc1001AndWrongMethodAc1003() {
        HttpResult unknown = annex.get("/orders/x", "x");
        HttpResult outside = HttpResult.send(HttpResult.request(
                java.net.URI.create("http://127.0.0.1:" + sandbox.annexCloud().baseUri().getPort()), "/health").build());
        HttpResult wrongMethod = annex.send("DELETE", "/users/john.doe@example.com", "{}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("errorCode").asText()).isEqualTo("AC1001");
        assertThat(outside.json().path("errorCode").asText()).isEqualTo("AC1001");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().path("errorCode").asText()).isEqualTo("AC1003");
    }

    @Test
    void baseUriAndCredentialsAreTheDefaults() {
        assertThat(sandbox.annexCloud().baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/api/3\\.0");
        assertThat(sandbox.annexCloud().siteId()).isEqualTo("123456");
        assertThat(sandbox.annexCloud().secret()).isEqualTo(Sandbox.DEFAULT_ANNEX_SECRET);
    }
}
