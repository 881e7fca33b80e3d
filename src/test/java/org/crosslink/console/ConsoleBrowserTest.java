package org.crosslink.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosslink.app.ConsoleHook;
import org.crosslink.camel.Bus;
import org.crosslink.config.Settings;
import org.crosslink.store.Json;
import org.crosslink.test.Clients;
import org.crosslink.test.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.JsonNode;

/**
 * The console in a real browser: Debian's Chromium, headless, driven by Selenium, against a bus fed the demo's
 * story by real clients. The NCA's coordinators watch the alerts arrive live, open the person behind one and see
 * the chart, find the same person by a phone number written another way, and assign an alert, which another
 * recipient then sees in hand; a force sees neither a C-graded report's content nor another force's child.
 * <p>
 * Chromium must be installed ({@code .ci/run} installs it): without it this test fails, it does not skip.
 * With {@code -Dcrosslink.screenshots=docs} it writes the inbox, entity and search screenshots there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("crosslink.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("crosslink.chromedriver", "/usr/bin/chromedriver"));
    /** What the NCA's C-graded report says, and the name of the child another force reported. */
    private static final List<String> NEVER_FOR_MET = List.of("Covert source", "Not to be disclosed", "controls workers", "Lupu");
    private static Settings settings;
    private static Bus bus;
    private static Console console;
    private static ChromeDriver browser;
    private static Path userData;
    private static String base;
    private static String victimAlert;
    private static String anaEntity;

    @BeforeAll
    static void start() throws Exception {
        assertThat(CHROMIUM).as("Chromium is not installed: apt-get install -y chromium chromium-driver (.ci/run does)").isExecutable();
        assertThat(CHROMEDRIVER).as("ChromeDriver is not installed: apt-get install -y chromium chromium-driver (.ci/run does)").isExecutable();
        settings = TestSettings.create(TestSettings.newDataDir("console-browser"), Map.of());
        bus = new Bus(settings).start();
        console = ConsoleHook.start(bus);
        base = console.address();
        userData = Files.createTempDirectory("crosslink-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1100", "--user-data-dir=" + userData);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (bus != null) {
            bus.close();
        }
        if (userData != null) {
            try (var files = Files.walk(userData)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void theNcaCoordinatorsSeeTheStorysAlertsArriveLiveInTheirInbox() throws Exception {
        signIn("NCA-MSHT");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("NCA Modern Slavery");
        await().atMost(Duration.ofSeconds(10)).until(() -> "true".equals(
                browser.executeScript("return document.getElementById('inbox').dataset.connected")));
        try (Clients clients = new Clients(settings)) {
            for (String line : story()) {
                JsonNode r = Json.MAPPER.readTree(line);
                clients.send(r.path("source").asString(), line);
            }
        }
        // no reload: the rows arrive over the event stream
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> rows("VICTIM_TREATED_AS_OFFENDER").size() == 1
                    && !rows("NCA_OVERLAP").isEmpty() && !rows("PREMATURE_CLOSURE").isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            screenshot("failed-inbox.png");
            throw e;
        }
        victimAlert = rows("VICTIM_TREATED_AS_OFFENDER").get(0).getDomAttribute("id").substring("alert-".length());
        assertThat(browser.findElement(By.id("live-status")).getText()).contains("changed just now");
        screenshot("console-inbox.png");
    }

    @Test
    @Order(2)
    void theNcaCoordinatorsOpenThePersonBehindAnAlertAndSeeTheLinkChart() throws Exception {
        browser.findElement(By.cssSelector("a[href='/alerts/" + victimAlert + "']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Victim treated as offender");
        assertThat(browser.getPageSource()).contains("Ana Popescu", "Anna Popesku", "WMP-26-7788");
        browser.findElement(By.cssSelector("a[href^='/entities/P-']")).click();
        anaEntity = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.id("entity-title")).getText()).isEqualTo("Ana Popescu");
        assertThat(browser.findElement(By.id("mentions")).getText()).contains("MET-2026-000123", "WMP-26-7788", "Potential victim", "Suspect");
        await().atMost(Duration.ofSeconds(10)).until(() -> "true".equals(browser.findElement(By.id("chart")).getDomAttribute("data-ready")));
        assertThat(browser.findElement(By.id("chart-status")).getText()).contains("2 people", "1 place,", "2 reports from 2 forces");
        browser.findElement(By.id("two-hops")).click();
        // two hops: the suspect at the car wash and the place itself bring the NCA's, GMP's, Kent's and Bedfordshire's reports
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("chart-status")).getText().contains("from 6 forces"));
        browser.executeScript("document.getElementById('chart-heading').scrollIntoView()");
        screenshot("console-entity.png");
    }

    @Test
    @Order(3)
    void aPhoneNumberWrittenAnotherWayFindsTheSamePerson() throws Exception {
        browser.findElement(By.linkText("Search")).click();
        search("0044 (0)7700-900-123");
        List<WebElement> links = browser.findElements(By.cssSelector("#results a"));
        assertThat(links).extracting(l -> l.getDomAttribute("href")).contains("/entities/" + anaEntity);
        assertThat(browser.findElement(By.id("results")).getText()).contains("Ana Popescu");
        search("Anna Popesku");
        assertThat(browser.findElements(By.cssSelector("#results a"))).extracting(l -> l.getDomAttribute("href"))
                .first().isEqualTo("/entities/" + anaEntity);
        screenshot("console-search.png");
    }

    @Test
    @Order(4)
    void anAssignmentByTheNcaShowsAsInHandForAnotherRecipient() {
        browser.get(base + "alerts/" + victimAlert);
        browser.findElement(By.id("assignee")).sendKeys("DS Jane Hill 4521");
        browser.findElement(By.id("note")).sendKeys("Safeguarding review today");
        browser.findElement(By.id("assign")).click();
        assertThat(browser.findElement(By.id("handled")).getText()).contains("You assigned this alert");
        assertThat(browser.findElement(By.id("handling-status")).getText()).contains("NCA-MSHT assigned it to DS Jane Hill 4521");
        signOut();

        signIn("MET");
        WebElement row = browser.findElement(By.id("alert-" + victimAlert));
        assertThat(row.getText()).contains("In hand: assigned to DS Jane Hill 4521 by NCA-MSHT");
    }

    @Test
    @Order(5)
    void aForceSeesNeitherACGradedReportsContentNorAnotherForcesChildOnAnyPage() {
        // signed in as MET: every alert, every entity they name, its chart data, and searches
        Set<String> visited = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>(List.of("inbox"));
        StringBuilder seen = new StringBuilder();
        while (!pages.isEmpty()) {
            String page = pages.remove(0);
            if (!visited.add(page)) {
                continue;
            }
            browser.get(base + page);
            String source = browser.getPageSource();
            seen.append(source);
            for (WebElement a : browser.findElements(By.cssSelector("a[href^='/alerts/'], a[href^='/entities/']"))) {
                pages.add(a.getDomAttribute("href").substring(1));
            }
            if (page.startsWith("entities/")) {
                browser.get(base + page + "/graph");
                seen.append(browser.getPageSource());
            }
        }
        assertThat(visited).anyMatch(p -> p.startsWith("alerts/")).anyMatch(p -> p.startsWith("entities/"));
        for (String q : List.of("Ionescu", "LU1 1AA", "NCA-MSHT-0042", "WMP-26-7790", "TVP-26-9001", "2012-03-03")) {
            search(q);
            seen.append(browser.findElement(By.tagName("main")).getText());
        }
        assertThat(seen.toString()).contains("NCA holds intelligence", "Ion Ionescu").doesNotContain(NEVER_FOR_MET);
        signOut();

        // WMP reported a child; TVP reported a child who may be the same, under another name, which WMP must not learn
        signIn("WMP");
        search("Lupu");
        StringBuilder wmp = new StringBuilder(browser.findElement(By.tagName("main")).getText());
        List<String> entities = browser.findElements(By.cssSelector("#results a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat(entities).hasSize(1);
        browser.get(base + entities.get(0).substring(1));
        wmp.append(browser.getPageSource());
        List<String> others = browser.findElements(By.cssSelector("a[href^='/entities/']")).stream().map(a -> a.getDomAttribute("href")).toList();
        for (String other : others) {
            browser.get(base + other.substring(1));
            wmp.append(browser.getPageSource());
            browser.get(base + other.substring(1) + "/graph");
            wmp.append(browser.getPageSource());
        }
        assertThat(wmp.toString()).contains("Maria Lupu", "Ask TVP for report TVP-26-9001").doesNotContain("Mariana", "Missing child from care");
    }

    /** Types the text into the search box and submits it; the click waits for the results page. */
    private static void search(String text) {
        if (!browser.getCurrentUrl().endsWith("/search")) {
            browser.get(base + "search");
        }
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys(text);
        WebElement before = browser.findElement(By.tagName("main"));
        browser.findElement(By.id("search-button")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try {
                before.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    private static List<WebElement> rows(String type) {
        return browser.findElements(By.cssSelector("#inbox tbody tr[data-type='" + type + "']"));
    }

    private static void signIn(String login) {
        browser.get(base + "login");
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(bus.runtime().credentials().password(login));
        browser.findElement(By.id("sign-in")).click();
        arriveAt("/inbox");
    }

    private static void signOut() {
        browser.findElement(By.cssSelector(".crosslink-signout button")).click();
        arriveAt("/login");
    }

    /** Waits for the navigation a click started; if it never arrives, fails with what the page says instead. */
    private static void arriveAt(String path) {
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith(path));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("expected to arrive at " + path + " but the browser is at " + browser.getCurrentUrl()
                    + ", showing: " + browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    /** Into target/ always, and into the folder -Dcrosslink.screenshots names (docs/) when set. */
    private static void screenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "console-screenshots");
        Files.createDirectories(target);
        Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        String dir = System.getProperty("crosslink.screenshots", "");
        if (!dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.copy(shot, Path.of(dir).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> story() throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ConsoleBrowserTest.class.getResourceAsStream("/demo/story.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
