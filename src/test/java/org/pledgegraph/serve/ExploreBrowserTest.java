package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real headless Chromium (Debian's chromium and chromium-driver, never a
 * download): run a saved query, click graph nodes, switch language, read the timeline, and save
 * a screenshot to target/explorer.png.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ExploreBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String ID = "https://w3id.org/pledgegraph/id/";

    @TempDir
    static Path dir;
    @TempDir
    static Path profile;
    static ExploreFixture fx;
    static ChromeDriverService service;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "needs Debian's browser: apt-get install -y chromium chromium-driver");
        fx = new ExploreFixture(dir);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1600,1000", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(fx.server.baseUrl() + "/explore");
        wait.until(d -> Boolean.TRUE.equals(js("return !!(window.pledgegraphExplorer"
                + " && pledgegraphExplorer.queriesReady && pledgegraphExplorer.graphReady"
                + " && pledgegraphExplorer.timelineReady)")));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (fx != null) {
            fx.close();
        }
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static void runQuery(String name, Map<String, String> params) {
        new Select(driver.findElement(By.id("query"))).selectByValue(name);
        params.forEach((k, v) -> {
            WebElement in = driver.findElement(By.cssSelector("#params input[name='" + k + "']"));
            in.clear();
            in.sendKeys(v);
        });
        js("document.getElementById('status').textContent = ''; document.getElementById('error').textContent = '';");
        driver.findElement(By.id("run")).click();
        wait.until(d -> !d.findElement(By.id("status")).getText().isEmpty()
                && !d.findElement(By.id("status")).getText().contains("…")
                || !d.findElement(By.id("error")).getText().isEmpty());
    }

    /** Clicks the graph where the node is drawn, as a person would. */
    static void clickNode(String iri) {
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) js("return pledgegraphExplorer.nodePixel(arguments[0])", iri);
        WebElement graph = driver.findElement(By.id("graph"));
        int dx = (int) Math.round(p.get("x").doubleValue() - graph.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(p.get("y").doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(graph, dx, dy).click().perform();
    }

    static String details() {
        return driver.findElement(By.id("details")).getText();
    }

    @Test
    void aSavedQueryShowsItsTable() {
        runQuery("party-stances", Map.of("party", "FRA"));
        assertEquals("", driver.findElement(By.id("error")).getText());
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        assertEquals(2, rows.size());
        String table = driver.findElement(By.id("results")).getText();
        assertTrue(table.contains("FRA") && table.contains("supports") && table.contains("opposes"), table);
        assertTrue(table.contains("法方反对任何违反《巴黎协定》的单边措施。"), table);
        assertTrue(driver.findElement(By.id("csv")).getAttribute("href").endsWith("/queries/party-stances?party=FRA&format=csv"));
    }

    @Test
    void aValueThatDoesNotFitShowsTheReason() {
        runQuery("party-stances", Map.of("party", "fra\" } ; DROP ALL #"));
        String error = driver.findElement(By.id("error")).getText();
        assertTrue(error.contains("party") && error.contains("party code"), error);
        assertEquals(0, driver.findElements(By.cssSelector("#results tbody tr")).size());
    }

    @Test
    void clickingANodeShowsItsClausesWithTheSourceText() {
        clickNode(ID + "instr-npt");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "双方支持《不扩散核武器条约》的权威性。"));
        assertFalse(details().contains("巴黎协定"), details());
        clickNode(ID + "actor-FRA");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "法方反对任何违反《巴黎协定》的单边措施。"));
        String d = details();
        assertTrue(d.contains("双方将加强民用核能合作。") && d.contains("中华人民共和国和法兰西共和国联合声明"), d);
        assertFalse(d.contains("巴基斯坦"), d);
    }

    @Test
    void theTimelineHoldsDatedCommitmentsInstrumentEventsAndDocuments() {
        assertEquals(5L, ((Number) js("return pledgegraphExplorer.timelineCount")).longValue());
        WebElement canvas = driver.findElement(By.cssSelector("#timeline canvas"));
        assertTrue(canvas.getSize().getWidth() > 500);
    }

    @Test
    void labelsSwitchBetweenChineseAndEnglish() {
        assertEquals("zh", js("return pledgegraphExplorer.language()"));
        assertEquals("法国", js("return pledgegraphExplorer.nodeLabel(arguments[0])", ID + "actor-FRA"));
        driver.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("header h1"), "Pledgegraph explorer"));
        assertEquals("France", js("return pledgegraphExplorer.nodeLabel(arguments[0])", ID + "actor-FRA"));
        assertEquals("Treaty on the Non-Proliferation of Nuclear Weapons",
                js("return pledgegraphExplorer.nodeLabel(arguments[0])", ID + "instr-npt"));
        assertEquals("Saved queries", driver.findElement(By.cssSelector("#queries-panel h2")).getText());
        driver.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#queries-panel h2"), "预设查询"));
        assertEquals("不扩散核武器条约", js("return pledgegraphExplorer.nodeLabel(arguments[0])", ID + "instr-npt"));
    }

    /** Runs last (method name order) and sets its own scene: a query's table, a clicked actor, English. */
    @Test
    void zScreenshot() throws Exception {
        runQuery("party-stances", Map.of("party", "FRA"));
        clickNode(ID + "actor-FRA");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "法方反对"));
        if ("zh".equals(js("return pledgegraphExplorer.language()"))) {
            driver.findElement(By.id("lang")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("header h1"), "Pledgegraph explorer"));
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "Actor: France"));
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("header h1"))).perform();
        Path shot = Path.of("target", "explorer.png");
        Files.createDirectories(shot.getParent());
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 20_000, "a screenshot with content");
        driver.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("header h1"), "Pledgegraph 承诺图谱"));
    }
}
