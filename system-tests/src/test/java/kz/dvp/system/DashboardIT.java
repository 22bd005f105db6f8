package kz.dvp.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static kz.dvp.system.PlatformCalls.eventually;
import static kz.dvp.system.PlatformCalls.expect;
import static kz.dvp.system.PlatformCalls.post;
import static kz.dvp.system.PlatformCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The national dashboard in a real browser (the system's headless Chromium): an analyst logs in, sees the
 * totals, and sees them change after a verification made through the API, without reloading the page.
 * `.ci/run` installs Chromium; where it is missing the test is reported skipped with the reason.
 */
class DashboardIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("dvp.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("dvp.chromedriver", "/usr/bin/chromedriver"));
    private static RunningPlatform platform;
    private static ChromeDriver browser;

    @BeforeAll
    static void browserAndPlatform() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed here (apt-get install chromium chromium-driver); .ci/run installs it");
        platform = RunningPlatform.get();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1700",
                        "--lang=kk");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnalystSeesTheTotalsAndTheyMoveWhenHoursAreVerified() throws Exception {
        String admin = token("admin", ProductionConfiguration.ADMIN_PASSWORD);
        String analyst = "analyst." + System.nanoTime();
        expect(201, post("identity-service", "/api/v1/accounts", admin, Map.of("username", analyst,
                "password", "correct-horse-battery", "role", "ANALYST")));

        browser.get(platform.url("passport-service") + "/dashboard"); // the address users type redirects to the page
        signOutAndOpen("kk");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ерікті паспорты — ұлттық көрсеткіштер");
        browser.findElement(By.id("username")).sendKeys(analyst);
        browser.findElement(By.id("password")).sendKeys("correct-horse-battery");
        browser.findElement(By.id("sign-in")).click();

        WebElement hours = browser.findElement(By.id("total-hours"));
        wait.until(d -> !hours.getText().equals("—"));
        double before = figure(hours.getText());
        wait.until(d -> d.findElement(By.id("live")).getText().equals("Тікелей"));

        verifiedHoursThroughTheApi(admin, 3);

        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> figure(hours.getText()) >= before + 3);
        assertThat(browser.findElement(By.id("login-panel")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("who")).getText()).contains("Талдаушы");
        assertThat(browser.findElements(By.cssSelector("#chart-regions canvas"))).isNotEmpty();

        browser.findElement(By.cssSelector("[data-lang=en]")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Volunteer Passport — national figures");
        Path screenshot = RunningPlatform.REPOSITORY.resolve("system-tests/target/dashboard.png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(screenshot).isNotEmptyFile();
    }

    @Test
    void aRegionalOperatorSeesTheirRegionAndThePageFitsATablet() throws Exception {
        String admin = token("admin", ProductionConfiguration.ADMIN_PASSWORD);
        String operator = "operator." + System.nanoTime();
        expect(201, post("identity-service", "/api/v1/accounts", admin, Map.of("username", operator,
                "password", "correct-horse-battery", "role", "REGIONAL_OPERATOR", "region", "KZ-75")));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        try {
            signOutAndOpen("ru");
            browser.findElement(By.id("username")).sendKeys(operator);
            browser.findElement(By.id("password")).sendKeys("correct-horse-battery");
            browser.findElement(By.id("sign-in")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.findElement(By.id("who")).getText().contains("Алматы (ваш регион)"));
            assertThat(browser.findElement(By.id("who")).getText()).contains("Региональный оператор");
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("no sideways scrolling on a tablet").isLessThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1700));
        }
    }

    @Test
    void aVolunteerIsNotLetIn() throws Exception {
        signOutAndOpen("en");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("sign-in")).isDisplayed());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();
        wait.until(d -> !d.findElement(By.id("login-error")).getText().isBlank());
        assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();
    }

    /** A fresh page in the given language, nobody signed in. */
    private static void signOutAndOpen(String lang) {
        browser.get(platform.url("passport-service") + "/dashboard/");
        browser.executeScript("sessionStorage.clear(); localStorage.setItem('dvp.lang', arguments[0]);", lang);
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("sign-in")).isDisplayed()
                && !d.findElement(By.id("sign-in")).getText().isBlank());
    }

    /** An organization, its coordinator, a project and a volunteer; three hours logged and verified. */
    private static void verifiedHoursThroughTheApi(String admin, int hours) throws Exception {
        String orgId = expect(201, post("org-service", "/api/v1/organizations", admin, Map.of("bin", Identifiers.bin(),
                "nameKk", "Дашборд қоры", "legalForm", "Қоғамдық қор", "kind", "NGO", "region", "KZ-71",
                "address", "Астана", "contactEmail", "d@example.kz", "contactPhone", "+77172000000"))).get("id").asText();
        expect(200, post("org-service", "/api/v1/organizations/" + orgId + "/verification", admin, Map.of("decision", "VERIFIED")));
        String coordinatorName = "coordinator." + System.nanoTime();
        expect(201, eventually(() -> post("identity-service", "/api/v1/accounts", admin, Map.of("username", coordinatorName,
                "password", "correct-horse-battery", "role", "ORG_COORDINATOR", "organizationId", orgId)), r -> r.statusCode() == 201));
        String coordinator = token(coordinatorName, "correct-horse-battery");
        String projectId = expect(201, post("org-service", "/api/v1/organizations/" + orgId + "/projects", coordinator, Map.of(
                "name", "Саябақ", "description", "Park", "category", "ECOLOGY", "programCode", "ZHAS_AGASH",
                "regions", List.of("KZ-71"), "startDate", LocalDate.now().minusYears(1).toString(), "minorsAllowed", true,
                "maxHoursPerDay", 8))).get("id").asText();
        String volunteerId = expect(201, post("identity-service", "/api/v1/volunteers", admin, Map.of(
                "iin", Identifiers.iin(LocalDate.of(1997, 3, 3)), "firstName", "Дана", "lastName", "Ахметова",
                "region", "KZ-71", "consent", Map.of("accepted", true, "version", "2026-01")))).get("id").asText();
        String start = LocalDate.now().minusDays(1).atTime(4, 0).toInstant(ZoneOffset.UTC).toString();
        String end = LocalDate.now().minusDays(1).atTime(4 + hours, 0).toInstant(ZoneOffset.UTC).toString();
        String activityId = expect(201, eventually(() -> post("activity-service", "/api/v1/activities", coordinator, Map.of(
                "volunteerId", volunteerId, "projectId", projectId, "start", start, "end", end,
                "description", "Trees", "method", "COORDINATOR")), r -> r.statusCode() == 201)).get("id").asText();
        expect(200, post("activity-service", "/api/v1/activities/" + activityId + "/verification", admin,
                Map.of("decision", "VERIFIED")));
    }

    private static double figure(String shown) {
        String digits = shown.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        return digits.equals("—") || digits.isEmpty() ? -1 : Double.parseDouble(digits);
    }
}
