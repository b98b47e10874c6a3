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

import org.apache.jena.query.QueryFactory;
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
    static final String RUS = ID + "actor/RUS";
    static final String NPT = ID + "instrument/npt";
    static final String PREFIX = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#> ";

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
        fx = ExploreFixture.seed(dir);
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

    /** Counts on the store itself, to check what the page shows against. */
    static int count(String select) {
        QueryRunner runner = new QueryRunner(fx.store.datasetGraph(), Duration.ofSeconds(30));
        return runner.select(QueryFactory.create(PREFIX + select)).get(0).getLiteral("n").getInt();
    }

    @Test
    void aSavedQueryShowsItsTable() {
        runQuery("party-stances", Map.of("party", "RUS"));
        assertEquals("", driver.findElement(By.id("error")).getText());
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        int expected = new QueryRunner(fx.store.datasetGraph(), Duration.ofSeconds(30))
                .select(SavedQuery.find("party-stances").bind(Map.of("party", "RUS"))).size();
        assertTrue(expected > 0);
        assertEquals(expected, rows.size());
        for (WebElement row : rows) {
            assertEquals("RUS", row.findElement(By.cssSelector("td")).getText());
        }
        String table = driver.findElement(By.id("results")).getText();
        assertTrue(table.contains("supports") && table.contains("opposes"), table);
        assertTrue(driver.findElement(By.id("status")).getText().contains(Integer.toString(expected)));
        assertTrue(driver.findElement(By.id("csv")).getAttribute("href").endsWith("/queries/party-stances?party=RUS&format=csv"));
    }

    @Test
    void aValueThatDoesNotFitShowsTheReason() {
        runQuery("party-stances", Map.of("party", "rus\" } ; DROP ALL #"));
        String error = driver.findElement(By.id("error")).getText();
        assertTrue(error.contains("party") && error.contains("party code"), error);
        assertEquals(0, driver.findElements(By.cssSelector("#results tbody tr")).size());
    }

    @Test
    void clickingAnInstrumentShowsTheClausesThatReferToIt() {
        clickNode(NPT);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#details h3"), "文书: 不扩散核武器条约"));
        wait.until(d -> !d.findElements(By.cssSelector("#details .clause")).isEmpty());
        assertEquals(NPT, js("return pledgegraphExplorer.selectedNode"));
        List<WebElement> clauses = driver.findElements(By.cssSelector("#details .clause"));
        int expected = count("SELECT (COUNT(DISTINCT ?clause) AS ?n) { { ?c pg:references <" + NPT + "> ; pg:clause ?clause }"
                + " UNION { ?clause a pg:Clause ; pg:references <" + NPT + "> } }");
        assertEquals(expected, clauses.size());
        String d = details();
        assertTrue(d.contains("不扩散核武器条约"), d);
        assertTrue(d.contains("中华人民共和国和俄罗斯联邦关于加强当代全球战略稳定的联合声明"), d);
    }

    @Test
    void clickingAPartyShowsItsClausesWithTheSourceText() {
        clickNode(RUS);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#details h3"), "行为体: 俄罗斯"));
        assertEquals(RUS, js("return pledgegraphExplorer.selectedNode"));
        wait.until(d -> !d.findElements(By.cssSelector("#details .clause")).isEmpty());
        int expected = count("SELECT (COUNT(DISTINCT ?clause) AS ?n) { ?c pg:party <" + RUS + "> ; pg:clause ?clause }");
        assertEquals(expected, driver.findElements(By.cssSelector("#details .clause")).size());
        String first = driver.findElement(By.cssSelector("#details .clause .text")).getText();
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { ?clause a pg:Clause ; pg:text \"" + first.replace("\"", "\\\"") + "\" }"),
                "the clause on screen is the source text of a clause: " + first);
        assertFalse(driver.findElements(By.cssSelector("#details .clause mark")).isEmpty(), "verbs are marked");
    }

    @Test
    void clickingACommitmentShowsItsOwnClause() {
        String commitment = (String) js("return pledgegraphExplorer.nodeIds().filter(function (id) {"
                + " return id.indexOf('/clause/') > 0 && pledgegraphExplorer.nodePixel(id); }).sort()[0]");
        clickNode(commitment);
        wait.until(d -> commitment.equals(js("return pledgegraphExplorer.selectedNode"))
                && d.findElements(By.cssSelector("#details .clause")).size() == 1);
        assertTrue(driver.findElement(By.cssSelector("#details h3")).getText().startsWith("承诺: "));
        String text = driver.findElement(By.cssSelector("#details .clause .text")).getText();
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { <" + commitment + "> pg:clause ?c . ?c pg:text ?t"
                + " FILTER(STR(?t) = \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\") }"));
    }

    @Test
    void theFiltersNarrowTheGraph() {
        long cited = ((Number) js("return pledgegraphExplorer.graphNodeCount")).longValue();
        driver.findElement(By.id("graph-cited")).click();
        long all = ((Number) js("return pledgegraphExplorer.graphNodeCount")).longValue();
        int commitments = count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a pg:Commitment }");
        assertTrue(all > cited && all >= commitments, all + " " + cited + " " + commitments);
        new Select(driver.findElement(By.id("graph-kind"))).selectByValue("Opposition");
        long opposed = ((Number) js("return pledgegraphExplorer.graphNodeCount")).longValue();
        assertTrue(opposed < all && opposed > count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c pg:kind pg:Opposition }"));
        new Select(driver.findElement(By.id("graph-kind"))).selectByValue("");
        driver.findElement(By.id("graph-cited")).click();
        assertEquals(cited, ((Number) js("return pledgegraphExplorer.graphNodeCount")).longValue());
    }

    @Test
    void theFusekiUiAtTheRootListsTheDataset() {
        String explorer = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        try {
            driver.get(fx.server.baseUrl() + "/");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), Server.DATASET));
            Path shot = Path.of("target", "fuseki-ui.png");
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            driver.close();
            driver.switchTo().window(explorer);
        }
    }

    @Test
    void theTimelineHoldsDatedCommitmentsInstrumentEventsAndDocuments() {
        int expected = count("SELECT (COUNT(*) AS ?n) { { ?c a pg:Commitment ; pg:date ?d }"
                + " UNION { ?i pg:event ?e . ?e pg:eventDate ?d } UNION { ?x a pg:Document ; pg:documentDate ?d } }");
        assertTrue(expected > 0);
        assertEquals(expected, ((Number) js("return pledgegraphExplorer.timelineCount")).intValue());
        WebElement canvas = driver.findElement(By.cssSelector("#timeline canvas"));
        assertTrue(canvas.getSize().getWidth() > 500);
    }

    @Test
    void labelsSwitchBetweenChineseAndEnglish() {
        assertEquals("zh", js("return pledgegraphExplorer.language()"));
        assertEquals("俄罗斯", js("return pledgegraphExplorer.nodeLabel(arguments[0])", RUS));
        driver.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("header h1"), "Pledgegraph explorer"));
        assertEquals("Russia", js("return pledgegraphExplorer.nodeLabel(arguments[0])", RUS));
        assertEquals("Treaty on the Non-Proliferation of Nuclear Weapons",
                js("return pledgegraphExplorer.nodeLabel(arguments[0])", NPT));
        assertEquals("Saved queries", driver.findElement(By.cssSelector("#queries-panel h2")).getText());
        driver.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#queries-panel h2"), "预设查询"));
        assertEquals("不扩散核武器条约", js("return pledgegraphExplorer.nodeLabel(arguments[0])", NPT));
    }

    /** Runs last (method name order) and sets its own scene: a query's table, a clicked actor, English. */
    @Test
    void zScreenshot() throws Exception {
        runQuery("party-stances", Map.of("party", "RUS"));
        clickNode(NPT);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details h3"), "不扩散核武器条约"));
        if ("zh".equals(js("return pledgegraphExplorer.language()"))) {
            driver.findElement(By.id("lang")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("header h1"), "Pledgegraph explorer"));
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details h3"),
                "Instrument: Treaty on the Non-Proliferation of Nuclear Weapons"));
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
