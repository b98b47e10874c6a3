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
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
}
