package com.annexcloud.sdk.loyalty;

import static com.annexcloud.sdk.loyalty.TestSupport.assertSigned;
import static com.annexcloud.sdk.loyalty.TestSupport.idLiteral;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.loyalty.model.UsedReward;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /users/{id}/usedreward?page=N} in the shape of Annex Cloud's SAP Commerce connector
 * (github.com/AnnexCloudSAP/SAP-Cloud-Commerce-2005: {@code used.rewards.v3.url=/users/{id}/usedreward?page={pageNo}}
 * in project.properties, the {@code ACUsedRewardListResponse} / {@code ACUsedRewardDetailResponse} beans in
 * annexcloudv3services-beans.xml): {@code rewardDetail[]} of strings, paged by {@code pages} and {@code current_page}.
 * See docs/vendor-facts-agent-workflow.md, "Annex Cloud: issued reward codes".
 */
class UsedRewardsContractTest extends WireMockTestBase {
    private static final String USED = "/api/3.0/users/user@domain.com/usedreward";
    private static final String MEMBER = "user@domain.com";

    @Test
    void pagesAreFetchedLazilyUntilTheLastCountedPageEachSignedWithTheMemberId() throws Exception {
        stubPage(1, page("A-1", "500", "1", "2"));
        stubPage(2, page("A-2", "120.50", "2", "2"));
        stubPage(3, page("A-3", "1", "3", "3"));

        try (Stream<UsedReward> stream = client.rewards().used(MEMBER).stream()) {
            assertThat(stream.findFirst()).hasValueSatisfying(first -> assertThat(first.rewardCode()).contains("A-1"));
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo(USED)));

        List<UsedReward> all = client.rewards().used(MEMBER).stream().toList();

        assertThat(all).extracting(r -> r.rewardCode().orElseThrow()).containsExactly("A-1", "A-2");
        assertThat(all.get(1).pointsUsed()).contains(new BigDecimal("120.50"));
        wm.verify(0, getRequestedFor(urlPathEqualTo(USED)).withQueryParam("page", equalTo("3")));
        assertSigned(wm.findAll(getRequestedFor(urlPathEqualTo(USED)).withQueryParam("page", equalTo("2"))).get(0),
                idLiteral(MEMBER), time);
    }

    @Test
    void theActivitysCamelCaseCurrentPageIsReadToo() {
        stubPage(1, "{\"rewardDetail\":[{\"rewardCode\":\"A-1\"}],\"pages\":2,\"currentPage\":1}");
        stubPage(2, "{\"rewardDetail\":[{\"rewardCode\":\"A-2\"}],\"pages\":2,\"currentPage\":2}");
        stubPage(3, "{\"rewardDetail\":[{\"rewardCode\":\"A-3\"}],\"pages\":2,\"currentPage\":3}");

        assertThat(client.rewards().used(MEMBER)).extracting(r -> r.rewardCode().orElseThrow()).containsExactly("A-1", "A-2");
    }

    @Test
    void aServerThatSaysItAnsweredTheLastPageEndsTheListing() {
        // Asked for page 2, it answers current_page 3 of 3: nothing is asked after it.
        stubPage(1, page("A-1", "5", "1", "3"));
        stubPage(2, page("A-3", "5", "3", "3"));

        assertThat(client.rewards().used(MEMBER)).hasSize(2);
        wm.verify(0, getRequestedFor(urlPathEqualTo(USED)).withQueryParam("page", equalTo("3")));
    }

    @Test
    void withoutCountsItStopsAtAnEmptyPageAC1005OrARepeatedPage() {
        stubPage(1, "{\"rewardDetail\":[{\"rewardCode\":\"A-1\"}]}");
        stubPage(2, "{\"rewardDetail\":[]}");
        assertThat(client.rewards().used(MEMBER)).hasSize(1);

        wm.resetAll();
        stubPage(1, "{\"rewardDetail\":[{\"rewardCode\":\"A-1\"}]}");
        stubPage(2, aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1005\",\"errorMessage\":\"No data found\"}"));
        assertThat(client.rewards().used(MEMBER)).hasSize(1);

        wm.resetAll();
        stubPage(1, "{\"rewardDetail\":[{\"rewardCode\":\"A-1\"}]}");
        stubPage(2, "{\"rewardDetail\":[{\"rewardCode\":\"A-1\"}]}");
        assertThat(client.rewards().used(MEMBER)).hasSize(1);
        wm.verify(2, getRequestedFor(urlPathEqualTo(USED)));
    }

    @Test
    void recentlyUsedReadsPageOneOnlyOnBothViews() {
        stubPage(1, page("A-1", "500", "1", "2"));
        stubPage(2, page("A-2", "5", "2", "2"));

        List<UsedReward> async = client.async().rewards().recentlyUsed(MEMBER).join();
        List<UsedReward> blocking = client.rewards().recentlyUsed(MEMBER);

        assertThat(async).extracting(r -> r.rewardCode().orElseThrow()).containsExactly("A-1");
        assertThat(blocking).isEqualTo(async);
        wm.verify(2, getRequestedFor(urlPathEqualTo(USED)).withQueryParam("page", equalTo("1")));
        wm.verify(0, getRequestedFor(urlPathEqualTo(USED)).withQueryParam("page", equalTo("2")));
    }

    @Test
    void aMemberWithoutUsedRewardsHasNoneAndAnUnknownOneFails() {
        stubPage(1, aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1005\",\"errorMessage\":\"No data found\"}"));
        assertThat(client.async().rewards().recentlyUsed(MEMBER).join()).isEmpty();
        assertThat(client.rewards().recentlyUsed(MEMBER)).isEmpty();

        stubPage(1, aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\":\"AC1002\",\"errorMessage\":\"Request Not Authorized\"}"));
        assertThatThrownBy(() -> client.rewards().used(MEMBER).stream().count())
                .isInstanceOf(AnnexCloudUnauthorizedException.class);
    }

    /** One item per page in the connector beans' shape: every value a string, snake-case {@code current_page}. */
    private static String page(String code, String points, String current, String pages) {
        return "{\"rewardDetail\":[{\"rewardCode\":\"" + code + "\",\"pointsUsed\":\"" + points + "\","
                + "\"rewardName\":\"$5 off\",\"rewardStatus\":\"Used\",\"reason\":\"claim\","
                + "\"createDate\":\"2026-01-02T10:00:00-0700\"}],\"pages\":\"" + pages + "\",\"current_page\":\"" + current + "\"}";
    }

    private static void stubPage(int page, String body) {
        stubPage(page, okJson(body));
    }

    private static void stubPage(int page, ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlPathEqualTo(USED)).withQueryParam("page", equalTo(Integer.toString(page))).willReturn(response));
    }
}
