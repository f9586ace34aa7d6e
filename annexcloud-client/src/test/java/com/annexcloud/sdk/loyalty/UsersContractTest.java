package com.annexcloud.sdk.loyalty;

import static com.annexcloud.sdk.loyalty.TestSupport.assertSigned;
import static com.annexcloud.sdk.loyalty.TestSupport.idLiteral;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.OptInStatus;
import com.annexcloud.sdk.loyalty.model.UpdateUser;
import com.annexcloud.sdk.loyalty.model.UserStatus;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsersContractTest extends WireMockTestBase {
    @Test
    void getReadsTheDocumentSampleAndSignsTheIdLiteral() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com")).willReturn(okJson(Samples.USER)));

        AnnexUser user = client.users().get("user@domain.com");

        assertSampleUser(user);
        LoggedRequest request = wm.findAll(getRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com"))).get(0);
        assertSigned(request, idLiteral("user@domain.com"), time);
    }

    @Test
    void getReadsAUserWrappedInData() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com"))
                .willReturn(okJson("{\"Data\": " + Samples.USER + "}")));

        assertSampleUser(client.users().get("user@domain.com"));
    }

    @Test
    void getAsyncReadsTheUserWithoutBlocking() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/user@domain.com")).willReturn(okJson(Samples.USER)));

        assertSampleUser(client.async().users().get("user@domain.com").join());
    }

    @Test
    void getKeepsUnknownFieldsAndUnknownStatusValues() {
        wm.stubFor(get(urlPathEqualTo("/api/3.0/users/u1")).willReturn(okJson(
                "{\"id\":\"u1\",\"optInStatus\":\"MAYBE\",\"status\":\"\",\"phone\":\"\",\"loyaltyLevel\":{\"x\":1},"
                        + "\"extendedAttribute\":[]}")));

        AnnexUser user = client.users().get("u1");

        assertThat(user.optInStatus()).contains(OptInStatus.of("MAYBE"));
        assertThat(user.status()).isEmpty();
        assertThat(user.phone()).isEmpty();
        assertThat(user.extendedAttribute()).isEmpty();
        assertThat(user.additionalProperties().get("loyaltyLevel").get("x").asInt()).isEqualTo(1);
    }

    @Test
    void createPostsExactlyTheDocumentedBodyAndSignsThoseBytes() throws Exception {
        wm.stubFor(post("/api/3.0/users").willReturn(okJson(Samples.USER)));
        OffsetDateTime date = OffsetDateTime.of(2018, 4, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-7));

        AnnexUser created = client.users().create(CreateUser.builder()
                .id("user@domain.com").email("user@domain.com").firstName("John").lastName("Doe")
                .zipCode("90002").optInStatus(OptInStatus.YES).status(UserStatus.ACTIVE).phone("123-123-4567")
                .birthDate(date).anniversaryDate(date).createDate(date)
                .userProfileImageUrl("https://www.socialannex.com/public/manageoptionsdesign16/images/product_landing/loyalty-hover.png")
                .putExtendedAttribute("KEY1", "VALUE1").putExtendedAttribute("KEY2", "VALUE2")
                .build());

        assertSampleUser(created);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/users"))
                .withRequestBody(equalToJson(Samples.CREATE_USER_REQUEST, false, false)));
        LoggedRequest request = wm.findAll(postRequestedFor(urlPathEqualTo("/api/3.0/users"))).get(0);
        assertThat(request.getBodyAsString()).contains("\"birthDate\":\"2018-04-01T00:00:00-0700\"");
        assertSigned(request, request.getBody(), time);
    }

    @Test
    void createLeavesAbsentFieldsOutAndIsNeverRetried() {
        wm.stubFor(post("/api/3.0/users").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client.users().create(CreateUser.builder().id("new@domain.com").build()))
                .isInstanceOf(AnnexCloudException.class);

        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/3.0/users"))
                .withRequestBody(equalToJson("{\"id\":\"new@domain.com\"}", false, false)));
    }

    @Test
    void createOfATakenIdIsAlreadyExists() {
        wm.stubFor(post("/api/3.0/users").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1006\",\"errorMessage\":\"Data already exists\"}")));

        assertThatThrownBy(() -> client.async().users().create(CreateUser.builder().id("user@domain.com").build()).join())
                .hasCauseInstanceOf(AnnexCloudConflictException.class);
    }

    @Test
    void updatePatchesOnlyTheGivenFieldsAndTheId() throws Exception {
        // Annex Cloud's SAP connector sends id in every PATCH /users/{id} body (ACUserUpdateJwtRequest).
        wm.stubFor(patch(urlPathEqualTo("/api/3.0/users/user@domain.com")).willReturn(okJson(Samples.USER)));

        client.users().update("user@domain.com", UpdateUser.builder().firstName("Jane").zipCode("10001").build());
        client.async().users().update("user@domain.com", UpdateUser.builder().status(UserStatus.INACTIVE).build()).join();

        wm.verify(1, patchRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com"))
                .withRequestBody(equalToJson("{\"id\":\"user@domain.com\",\"firstName\":\"Jane\",\"zipCode\":\"10001\"}", false, false)));
        wm.verify(1, patchRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com"))
                .withRequestBody(equalToJson("{\"id\":\"user@domain.com\",\"status\":\"INACTIVE\"}", false, false)));
        LoggedRequest request = wm.findAll(patchRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com"))).get(0);
        assertSigned(request, request.getBody(), time);
    }

    @Test
    void optInAndOptOutPatchTheOptInStatus() {
        wm.stubFor(patch(urlPathEqualTo("/api/3.0/users/user@domain.com")).willReturn(okJson(Samples.USER)));

        assertThat(client.users().optIn("user@domain.com").id()).isEqualTo("user@domain.com");
        client.users().optOut("user@domain.com");
        client.async().users().optIn("user@domain.com").join();
        client.async().users().optOut("user@domain.com").join();

        wm.verify(2, patchRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com"))
                .withRequestBody(equalToJson("{\"id\":\"user@domain.com\",\"optInStatus\":\"YES\"}", false, false)));
        wm.verify(2, patchRequestedFor(urlPathEqualTo("/api/3.0/users/user@domain.com"))
                .withRequestBody(equalToJson("{\"id\":\"user@domain.com\",\"optInStatus\":\"NO\"}", false, false)));
    }

    @Test
    void requestValidationNamesTheField() {
        assertThatThrownBy(() -> CreateUser.builder().email("user@domain.com").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> CreateUser.builder().id(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id must not be blank");
        assertThatThrownBy(() -> CreateUser.builder().id("a").email("not an email").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> UpdateUser.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one field");
    }

    static void assertSampleUser(AnnexUser user) {
        OffsetDateTime date = OffsetDateTime.of(2018, 4, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-7));
        assertThat(user.id()).isEqualTo("user@domain.com");
        assertThat(user.email()).contains("user@domain.com");
        assertThat(user.firstName()).contains("John");
        assertThat(user.lastName()).contains("Doe");
        assertThat(user.zipCode()).contains("90002");
        assertThat(user.optInStatus()).contains(OptInStatus.YES);
        assertThat(user.status()).contains(UserStatus.ACTIVE);
        assertThat(user.phone()).contains("123-123-4567");
        assertThat(user.birthDate()).contains(date);
        assertThat(user.anniversaryDate()).contains(date);
        assertThat(user.createDate()).contains(date);
        assertThat(user.updateDate()).contains(date);
        assertThat(user.totalSpendCurrency()).contains(new BigDecimal("150"));
        assertThat(user.userProfileImageUrl()).hasValueSatisfying(url -> assertThat(url).endsWith("loyalty-hover.png"));
        assertThat(user.extendedAttribute()).isEqualTo(Map.of("KEY1", "VALUE1", "KEY2", "VALUE2"));
    }
}
