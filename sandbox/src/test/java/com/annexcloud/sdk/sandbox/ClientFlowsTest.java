package com.annexcloud.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.annexcloud.sdk.core.ClientOptions;
import com.annexcloud.sdk.core.ManualTime;
import com.annexcloud.sdk.core.RetryPolicy;
import com.annexcloud.sdk.core.Secret;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.GorgiasInvalidRequestException;
import com.annexcloud.sdk.gorgias.GorgiasNotFoundException;
import com.annexcloud.sdk.gorgias.GorgiasRateLimit;
import com.annexcloud.sdk.gorgias.GorgiasRateLimitedException;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.CreateIntegration;
import com.annexcloud.sdk.gorgias.model.CreateWidget;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.HttpSettings;
import com.annexcloud.sdk.gorgias.model.Integration;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.gorgias.model.Widget;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.AnnexCloudNotFoundException;
import com.annexcloud.sdk.loyalty.AnnexCloudUnauthorizedException;
import com.annexcloud.sdk.loyalty.model.AnnexUser;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.PointsBalance;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.loyalty.model.TierStatus;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stateful flows through the real clients, on virtual time shared by the clients and the sandbox. */
class ClientFlowsTest {
    private final ManualTime time = ManualTime.create();
    private Sandbox sandbox;
    private AnnexCloudClient annex;
    private GorgiasClient gorgias;

    @BeforeEach
    void start() {
        sandbox = Sandbox.builder().data(SandboxData.sample(time.clock())).clock(time.clock()).start();
        annex = annexClient(sandbox.annexCloud().secret(), RetryPolicy.defaults());
        gorgias = gorgiasClient(GorgiasRateLimit.apiKey(), RetryPolicy.defaults());
    }

    @AfterEach
    void stop() {
        annex.close();
        gorgias.close();
        sandbox.close();
    }

    private ClientOptions options(RetryPolicy retries) {
        return ClientOptions.builder().httpVersion(HttpClient.Version.HTTP_1_1).clock(time.clock()).sleeper(time)
                .retryPolicy(retries).build();
    }

    private AnnexCloudClient annexClient(Secret secret, RetryPolicy retries) {
        return AnnexCloudClient.builder().baseUri(sandbox.annexCloud().baseUri()).siteId(sandbox.annexCloud().siteId())
                .secret(secret).options(options(retries)).build();
    }

    private GorgiasClient gorgiasClient(GorgiasRateLimit rateLimit, RetryPolicy retries) {
        return GorgiasClient.builder().baseUri(sandbox.gorgias().baseUri())
                .basicAuth(sandbox.gorgias().email(), sandbox.gorgias().apiKey()).rateLimit(rateLimit)
                .options(options(retries)).build();
    }

    @Test
    void createThenGetAMember() {
        annex.users().create(CreateUser.builder().id("new@example.com").email("new@example.com").firstName("New")
                .build());

        AnnexUser user = annex.users().get("new@example.com");

        assertThat(user.id()).isEqualTo("new@example.com");
        assertThat(user.firstName()).contains("New");
        assertThat(user.optInDate()).isPresent();
        assertThat(user.siteId()).contains("123456");
    }

    @Test
    void sampleMemberReadsAsTheWidgetShowsHim() {
        PointsBalance balance = annex.points().balance("john.doe@example.com");
        TierStatus tier = annex.tiers().get("john.doe@example.com");

        assertThat(balance.availablePoints()).contains(new BigDecimal("6656"));
        assertThat(balance.lifetimePoints()).contains(new BigDecimal("7256"));
        assertThat(balance.holdPoints()).contains(new BigDecimal("1000"));
        assertThat(balance.pointsToExpire()).contains(new BigDecimal("56"));
        // the sample is dated relative to today: John's 56 points expire 30 days from now
        assertThat(balance.pointsToExpireDate()).contains(LocalDate.now(time.clock()).plusDays(30));
        assertThat(tier.currentTier()).contains("Silver");
        assertThat(tier.previousTier()).contains("Bronze");
        assertThat(tier.nextTier()).contains("Gold");
        assertThat(tier.pointsToNextTier()).contains(new BigDecimal("3800"));
        assertThat(tier.spendAmountToNextTier()).isEmpty();
    }

    @Test
    void creditThenBalance() {
        PointsResult result = annex.points().award(AwardPoints.builder().memberId("john.doe@example.com").credit(50)
                .reason("goodwill").idempotencyKey("ticket-1").build());

        assertThat(result.updatedAvailablePoints()).contains(new BigDecimal("6706"));
        assertThat(result.updatedUserTier()).contains("Silver");
        assertThat(annex.points().balance("john.doe@example.com").availablePoints()).contains(new BigDecimal("6706"));
    }

    @Test
    void aRepeatedIdempotencyKeyIsAlreadyAppliedWithoutASecondCredit() {
        AwardPoints award = AwardPoints.builder().memberId("john.doe@example.com").credit(50).reason("goodwill")
                .idempotencyKey("ticket-4711").build();

        annex.points().award(award);
        PointsResult again = annex.points().award(award);

        assertThat(again.alreadyApplied()).isTrue();
        assertThat(sandbox.annexCloud().member("john.doe@example.com").orElseThrow().availablePoints()).isEqualByComparingTo("6706");
    }

    @Test
    void aFailedThenDroppedAwardIsRetriedAndCreditedOnce() {
        sandbox.annexCloud().faults().failNext("POST", "/points", 503, 1);
        sandbox.annexCloud().faults().dropNext("POST", "/points", 1);

        annex.points().award(AwardPoints.builder().memberId("john.doe@example.com").credit(50).reason("goodwill")
                .idempotencyKey("ticket-9").build());

        assertThat(sandbox.annexCloud().requests().count("POST", "/points")).isEqualTo(3);
        assertThat(sandbox.annexCloud().member("john.doe@example.com").orElseThrow().availablePoints()).isEqualByComparingTo("6706");
    }

    @Test
    void unknownMembersAndWrongSecretsSurfaceAsTypedErrors() {
        assertThatThrownBy(() -> annex.users().get("nina.nonmember@example.com"))
                .isInstanceOf(AnnexCloudNotFoundException.class);
        try (AnnexCloudClient wrong = annexClient(Secret.of("not-the-secret"), RetryPolicy.none())) {
            assertThatThrownBy(() -> wrong.points().balance("john.doe@example.com"))
                    .isInstanceOf(AnnexCloudUnauthorizedException.class)
                    .hasMessageNotContaining("not-the-secret");
        }
    }

    @Test
    void createThenGetACustomer() {
        Customer created = gorgias.customers().create(CreateCustomer.builder().email("new@example.com")
                .name("New Customer").build());

        Customer fetched = gorgias.customers().get(created.id());

        assertThat(fetched.email()).contains("new@example.com");
        assertThat(fetched.firstname()).contains("New");
        assertThat(gorgias.customers().findByEmail("john.doe@example.com")).isPresent();
        assertThat(gorgias.customers().findByEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void pagingThrough250CustomersVisitsEachOnce() {
        sandbox.gorgias().budget(1_000, Duration.ofSeconds(20));
        for (int i = 0; i < 250 - SandboxData.sample().customers().size(); i++) {
            sandbox.gorgias().putCustomer(SandboxCustomer.builder().email("bulk" + i + "@example.com").build());
        }

        List<Long> ids = gorgias.customers().list(ListCustomers.builder().limit(100).build()).stream()
                .map(Customer::id).collect(Collectors.toList());

        assertThat(ids).hasSize(250).doesNotHaveDuplicates();
        assertThat(sandbox.gorgias().requests().count("GET", "/customers")).isEqualTo(3);
    }

    @Test
    void overBudgetTheClientPacesOnTheSharedClock() {
        sandbox.gorgias().budget(5, Duration.ofSeconds(10));
        try (GorgiasClient paced = gorgiasClient(GorgiasRateLimit.of(5, Duration.ofSeconds(10)), RetryPolicy.defaults())) {
            for (int i = 0; i < 12; i++) {
                paced.customers().findByEmail("john.doe@example.com");
            }
        }

        assertThat(sandbox.gorgias().requests().total()).isGreaterThanOrEqualTo(12);
        assertThat(time.totalSlept()).isPositive();
    }

    @Test
    void aRateLimitedCallWithoutRetriesSurfacesRetryAfter() {
        sandbox.gorgias().budget(1, Duration.ofSeconds(30));
        // another process spends the account's budget: this client has not seen an answer yet, so cannot know
        try (GorgiasClient other = gorgiasClient(GorgiasRateLimit.of(1000, Duration.ofSeconds(1)), RetryPolicy.none());
             GorgiasClient impatient = gorgiasClient(GorgiasRateLimit.of(1000, Duration.ofSeconds(1)), RetryPolicy.none())) {
            other.customers().findByEmail("john.doe@example.com");

            assertThatThrownBy(() -> impatient.customers().findByEmail("john.doe@example.com"))
                    .isInstanceOfSatisfying(GorgiasRateLimitedException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
        }
    }

    private static CreateIntegration loyaltyIntegration(String name, String token) {
        return CreateIntegration.builder().name(name)
                .http(HttpSettings.builder().url("https://bridge.example.com/gorgias/loyalty?email={{ticket.customer.email}}")
                        .putHeaders("Authorization", "Bearer " + token).putTriggers(HttpSettings.TICKET_CREATED, true).build())
                .build();
    }

    @Test
    void integrationCreateListUpdateDelete() {
        Integration created = gorgias.integrations().create(loyaltyIntegration("Loyalty", "tok-1"));

        assertThat(gorgias.integrations().get(created.id()).http().orElseThrow().headers())
                .containsEntry("Authorization", "Bearer tok-1");
        assertThat(gorgias.integrations().list()).extracting(Integration::name).containsExactly("Loyalty");
        Integration updated = gorgias.integrations().update(created.id(), loyaltyIntegration("Loyalty v2", "tok-2"));
        assertThat(updated.name()).isEqualTo("Loyalty v2");
        assertThat(sandbox.gorgias().integrations().get(0).path("http").path("headers").path("Authorization").asText())
                .isEqualTo("Bearer tok-2");
        gorgias.async().integrations().delete(created.id()).join();
        assertThat(sandbox.gorgias().integrations()).isEmpty();
        assertThatThrownBy(() -> gorgias.integrations().get(created.id())).isInstanceOf(GorgiasNotFoundException.class);
    }

    @Test
    void aCreateThatFailedIsCheckedByNameAndMadeOnce() {
        sandbox.gorgias().faults().failNext("POST", "/integrations", 503, 1);

        Integration created = gorgias.integrations().create(loyaltyIntegration("Loyalty", "tok-1"));

        assertThat(sandbox.gorgias().integrations()).hasSize(1);
        assertThat(sandbox.gorgias().integrations().get(0).path("id").asLong()).isEqualTo(created.id());
        assertThat(sandbox.gorgias().requests().count("POST", "/integrations")).isEqualTo(2);
        assertThat(sandbox.gorgias().requests().count("GET", "/integrations")).isEqualTo(1);
    }

    @Test
    void widgetCreateListUpdateDelete() {
        Integration integration = gorgias.integrations().create(loyaltyIntegration("Loyalty", "tok-1"));
        ObjectNode template = JsonNodeFactory.instance.objectNode().put("type", "wrapper");
        template.putArray("widgets").addObject().put("path", "").put("type", "card").put("title", "Loyalty");

        Widget widget = gorgias.widgets().create(CreateWidget.builder().integrationId(integration.id()).template(template).build());
        Widget moved = gorgias.async().widgets().update(widget.id(), CreateWidget.builder().integrationId(integration.id())
                .template(template).order(2).build()).join();

        assertThat(widget.integrationId()).contains(integration.id());
        assertThat(widget.template()).contains(template);
        assertThat(moved.order()).contains(2);
        assertThat(gorgias.widgets().list()).extracting(Widget::id).containsExactly(widget.id());
        assertThatThrownBy(() -> gorgias.widgets().create(CreateWidget.builder().integrationId(integration.id() + 99)
                .template(template).build()))
                .isInstanceOfSatisfying(GorgiasInvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("integration_id"));
        gorgias.widgets().delete(widget.id());
        assertThat(sandbox.gorgias().widgets()).isEmpty();
    }

    @Test
    void listsOfIntegrationsPageThroughTheSandbox() {
        sandbox.gorgias().budget(1_000, Duration.ofSeconds(20));
        for (int i = 0; i < 65; i++) {
            gorgias.integrations().create(loyaltyIntegration("L" + i, "tok"));
        }

        assertThat(gorgias.integrations().list().stream().map(Integration::id).distinct().count()).isEqualTo(65);
        assertThat(sandbox.gorgias().requests().count("GET", "/integrations")).isEqualTo(3);
    }
}
