package com.annexcloud.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.annexcloud.sdk.bridge.SidebarPreview;
import com.annexcloud.sdk.bridge.model.GorgiasSetup;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.model.PointsSummary;
import com.annexcloud.sdk.bridge.model.TierSummary;
import com.annexcloud.sdk.core.Secret;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo's sidebar preview in a real headless Chromium, read as a person reads it: WebDriver's rendered text
 * of each field, not the HTML source. Needs Debian's {@code chromium} and {@code chromium-driver} (CI installs
 * them, see .ci/run; other paths with {@code -Dpreview.chromium=… -Dpreview.chromedriver=…}); without them the
 * tests are skipped, saying why, unless the environment variable {@code PREVIEW_BROWSER_REQUIRED} is {@code 1}
 * or {@code true} (as .ci/run sets it), when they fail instead. Every wait is WebDriver's explicit wait on a DOM condition. The member's view
 * is also saved as {@code target/sidebar-preview.png}, the screenshot docs/quickstart.md shows.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SidebarPreviewBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("preview.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("preview.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOT = Path.of("target", "sidebar-preview.png");
    private static final String GOODWILL = "Goodwill: the parcel arrived late";
    private static final String MARKUP = "Sorry <b>&</b> <script>document.title='x'</script>";
    private static final String OTHER_MEMBER = "ava.nguyen@example.com";
    /** Held, so the level sticks: Selenium warns that it has no DevTools bindings for this Chromium, which it needs not. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    private static PreviewFixture fixture;
    private static WidgetServer server;
    private static WebDriver browser;
    private static WebDriverWait until;

    /** Set (to 1 or true) where a missing browser must fail the tests rather than skip them: CI. */
    private static final boolean REQUIRED = Set.of("1", "true")
            .contains(System.getenv().getOrDefault("PREVIEW_BROWSER_REQUIRED", "").toLowerCase(Locale.ROOT));

    /** Starts everything when the browser is there; each test is then skipped by {@link #needsTheBrowser} if not. */
    @BeforeAll
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    static void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        fixture = new PreviewFixture();
        fixture.awardGoodwill(DemoCommand.SAMPLE_MEMBER, 50, GOODWILL);
        fixture.awardGoodwill(OTHER_MEMBER, 25, MARKUP);
        server = WidgetServer.start(fixture.routes(), 0);
        CDP_LOG.setLevel(Level.OFF);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                // --no-sandbox: CI runs as root in a container, where Chromium's own sandbox cannot start
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=400,1600", "--force-device-scale-factor=1", "--lang=en-US");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        until = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Reported per test as skipped, with the reason (a failed assumption in a @BeforeAll reports no test at all). */
    @BeforeEach
    void needsTheBrowser() {
        String missing = "no headless browser: needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        if (browser == null && REQUIRED) {
            fail(missing + ", and PREVIEW_BROWSER_REQUIRED is set");
        }
        assumeTrue(browser != null, missing);
    }

    private static void open(String email) {
        browser.get(server.uri() + PreviewPage.PATH + "?email=" + email);
        until.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gs-card")));
    }

    /** The field's label and value as shown. */
    private static String shown(String path) {
        WebElement field = browser.findElement(By.cssSelector(".gs-field[data-path='" + path + "']"));
        assertThat(field.isDisplayed()).as(path).isTrue();
        return field.findElement(By.className("gs-label")).getText() + ": " + field.findElement(By.className("gs-value")).getText();
    }

    @Test
    void aMembersCardShowsTheFiguresAnAgentReads() throws IOException {
        LoyaltyCard card = fixture.bridge.lookup(DemoCommand.SAMPLE_MEMBER);
        PointsSummary points = card.points().orElseThrow();
        TierSummary tier = card.tier().orElseThrow();

        open(DemoCommand.SAMPLE_MEMBER);

        assertThat(browser.findElement(By.className("gs-card-title")).getText()).isEqualTo("★\nLoyalty");
        assertThat(shown("member")).isEqualTo("Member: Yes");
        assertThat(shown("name")).isEqualTo("Name: John Doe");
        // the sample member's documented figures plus the 50 goodwill points credited above
        assertThat(points.available()).contains(new BigDecimal("6706"));
        assertThat(shown("points.available")).isEqualTo("Available: 6,706");
        assertThat(shown("points.lifetime")).isEqualTo("Lifetime: " + grouped(points.lifetime().orElseThrow()));
        assertThat(shown("points.expiring")).isEqualTo("Expiring: 56");
        assertThat(shown("points.expiringOn")).isEqualTo("Expiring on: " + SHOWN.format(points.expiringOn().orElseThrow()));
        assertThat(shown("tier.current")).isEqualTo("Current: Silver");
        assertThat(shown("tier.next")).isEqualTo("Next: Gold");
        assertThat(shown("tier.pointsToNext"))
                .isEqualTo("Points to next tier: " + grouped(tier.pointsToNext().orElseThrow()));
        assertThat(shown("recentActivity.date"))
                .isEqualTo("Date: " + SHOWN.format(card.recentActivity().get(0).date().orElseThrow()));
        assertThat(shown("recentActivity.points")).isEqualTo("Points: 50");
        assertThat(shown("recentActivity.reason")).isEqualTo("Reason: " + GOODWILL);
        // the sample member's seeded redemption (docs/sandbox.md), its code shown to the agent
        assertThat(shown("redemptions.code")).isEqualTo("Code: " + card.redemptions().get(0).code()).contains("SBX111-");
        assertThat(shown("redemptions.reward")).isEqualTo("Reward: $5 off your next order");
        WebElement button = browser.findElement(By.className("gs-button"));
        assertThat(button.getText()).isEqualTo("Add 50 points");
        assertThat(button.isEnabled()).isFalse();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(PreviewFixture.TOKEN);

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.findElement(By.className("gs-sidebar")).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theFormShowsANonMembersCardAsMemberNo() {
        open(DemoCommand.SAMPLE_MEMBER);
        WebElement email = browser.findElement(By.name("email"));
        email.clear();
        email.sendKeys(DemoCommand.SAMPLE_NON_MEMBER);
        email.submit();

        until.until(ExpectedConditions.urlContains("nina.nonmember"));
        until.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gs-field[data-path='member']")));
        assertThat(shown("member")).isEqualTo("Member: No");
        assertThat(browser.findElements(By.cssSelector("[data-path='points']"))).isEmpty();
        assertThat(browser.findElement(By.name("email")).getAttribute("value")).isEqualTo(DemoCommand.SAMPLE_NON_MEMBER);
    }

    @Test
    void markupInAReasonIsShownAsTextAndRunsNothing() {
        open(OTHER_MEMBER);

        assertThat(shown("recentActivity.reason")).isEqualTo("Reason: " + MARKUP);
        assertThat(browser.findElements(By.cssSelector(".gs-sidebar b, .gs-sidebar script"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Loyalty sidebar preview");
    }

    @Test
    void anEmailWithMarkupIsShownAsTextAndRunsNothing() {
        browser.get(server.uri() + PreviewPage.PATH + "?email=%3Cscript%3Edocument.title%3D'x'%3C%2Fscript%3E@example.com");
        until.until(ExpectedConditions.visibilityOfElementLocated(By.className("refused")));

        assertThat(browser.findElement(By.className("refused")).getText()).startsWith("The widget endpoint answered 400");
        assertThat(browser.findElement(By.name("email")).getAttribute("value"))
                .isEqualTo("<script>document.title='x'</script>@example.com");
        assertThat(browser.getTitle()).isEqualTo("Loyalty sidebar preview");
    }

    @Test
    void aPreviewPageKeepsItsStylesUnderItsOwnContentSecurityPolicy() {
        GorgiasSetup setup = GorgiasSetup.builder().publicUrl(URI.create("https://bridge.example/gorgias/loyalty"))
                .bearerToken(Secret.of(PreviewFixture.TOKEN)).build();
        String page = SidebarPreview.of(setup).page(fixture.bridge.lookup(DemoCommand.SAMPLE_MEMBER));

        browser.get("data:text/html;charset=utf-8;base64," + Base64.getEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8)));
        until.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gs-card")));

        assertThat(browser.findElement(By.cssSelector("meta[http-equiv='Content-Security-Policy']")).getAttribute("content"))
                .startsWith("default-src 'none'; style-src 'unsafe-inline'");
        // the inline stylesheet applies under the policy: the card has its rounded border
        assertThat(browser.findElement(By.className("gs-card")).getCssValue("border-top-left-radius")).isEqualTo("8px");
        assertThat(shown("points.available")).isEqualTo("Available: 6,706");
    }

    private static String grouped(BigDecimal figure) {
        return String.format(Locale.US, "%,d", figure.longValueExact());
    }
}
