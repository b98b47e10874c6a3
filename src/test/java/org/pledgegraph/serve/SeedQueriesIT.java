package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Pipeline;
import org.pledgegraph.store.Store;

/** The saved queries on the seed statement, extracted by the real pipeline into a real store. */
class SeedQueriesIT {
    @TempDir
    static Path dir;
    static Store store;
    static QueryRunner runner;
    static ExtractedFile seed;

    @BeforeAll
    static void load() throws IOException {
        Path file;
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            file = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        seed = Pipeline.create().extract(file);
        store = Store.open(dir);
        store.replaceGraph(seed.graphIri(), seed.model());
        runner = new QueryRunner(store.datasetGraph(), Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<String> savedQueries() throws IOException {
        return SavedQueryTest.savedQueries();
    }

    @ParameterizedTest
    @MethodSource("savedQueries")
    void eachSavedQueryReturnsRowsOnTheSeed(String name) {
        List<QuerySolution> rows = runner.select(SavedQuery.find(name).bind(Map.of()));
        assertFalse(rows.isEmpty(), name + " returned no rows on the seed");
    }

    @Test
    void whatRussiaSupportsAndOpposes() {
        List<QuerySolution> rows = runner.select(SavedQuery.find("party-stances").bind(Map.of("party", "RUS")));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("party").getString().equals("RUS")));
    }

    @Test
    void reloadingTheSeedKeepsTheTripleCount() {
        long before = store.quadCount();
        store.replaceGraph(seed.graphIri(), seed.model());
        assertEquals(before, store.quadCount());
        assertEquals(List.of(seed.graphIri()), store.graphs());
    }

    static final String NPT = "https://w3id.org/pledgegraph/id/instrument/npt";
    static final String INF = "https://w3id.org/pledgegraph/id/instrument/inf-treaty";

    private static List<QuerySolution> run(String name, String param, String value) {
        return runner.select(SavedQuery.find(name).bind(Map.of(param, value)));
    }

    private static Set<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var).toString()).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NPT", "不扩散核武器条约", "核不扩散条约", "防止核扩散条约", "Treaty on the Non-Proliferation of Nuclear Weapons"})
    void anInstrumentGivenByAnyWholeNameCitesWhatItsIriCites(String name) {
        Set<String> byIri = column(run("instruments-commitments", "instrument", NPT), "commitment");
        assertFalse(byIri.isEmpty());
        assertEquals(byIri, column(run("instruments-commitments", "instrument", name), "commitment"), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"npt", "不扩散核武器", "Non-Proliferation"})
    void textThatIsNotAWholeNameFindsEveryInstrumentWhoseNameContainsIt(String text) {
        Set<String> byIri = column(run("instruments-commitments", "instrument", NPT), "commitment");
        Set<String> byText = column(run("instruments-commitments", "instrument", text), "commitment");
        assertTrue(byText.containsAll(byIri), text + ": " + byText);
        assertTrue(column(run("instruments-commitments", "instrument", text), "instrumentName").stream()
                .noneMatch(n -> n.contains("中导") || n.contains("中程导弹")), text);
    }

    @Test
    void theTimelineOfAnInstrumentByNameIsTheTimelineOfItsIri() {
        List<QuerySolution> byIri = run("instruments-timeline", "instrument", INF);
        assertFalse(byIri.isEmpty());
        assertEquals(Set.of(INF), column(byIri, "i"));
        assertEquals(byIri.stream().map(Object::toString).collect(Collectors.toSet()),
                run("instruments-timeline", "instrument", "中导条约").stream().map(Object::toString).collect(Collectors.toSet()));
    }

    @Test
    void aNameOfNoInstrumentFindsNothing() {
        assertTrue(run("instruments-commitments", "instrument", "没有这个条约").isEmpty());
        assertTrue(run("instruments-timeline", "instrument", "没有这个条约").isEmpty());
    }

    @Test
    void theInstrumentsOfOneDocumentAreCountedInThatDocumentOnly() {
        List<QuerySolution> rows = run("instruments-cited-by-document", "document", "全球战略稳定");
        assertFalse(rows.isEmpty());
        assertEquals(1, column(rows, "title").size(), rows.toString());
        assertTrue(column(rows, "instrument").contains(INF), rows.toString());
    }
}
