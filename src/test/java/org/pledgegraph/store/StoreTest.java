package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.rdf.PG;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void compactionWritesANewGenerationAndKeepsTheData() throws java.io.IOException {
        try (Store s = Store.open(dir)) {
            Model m = Fixtures.model(Fixtures.FRA);
            for (int i = 0; i < 30; i++) {
                s.replaceGraph(Fixtures.graphIri(Fixtures.FRA) + "-" + i, m);
            }
            long quads = s.quadCount();
            s.compact();
            assertEquals(List.of("Data-0002"), generations(dir));
            assertEquals(quads, s.quadCount());
            assertEquals(30, s.graphs().size());
        }
    }

    private static List<String> generations(Path p) throws java.io.IOException {
        try (var entries = java.nio.file.Files.list(p)) {
            return entries.map(e -> e.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void loadingTheSameFileTwiceKeepsTheTripleCount() {
        try (Store s = Store.open(dir)) {
            Model m = Fixtures.model(Fixtures.FRA);
            long first = s.replaceGraph(Fixtures.graphIri(Fixtures.FRA), m);
            long second = s.replaceGraph(Fixtures.graphIri(Fixtures.FRA), m);
            assertEquals(m.size(), first);
            assertEquals(first, second);
            assertEquals(first, s.quadCount());
        }
    }

    @Test
    void reloadingReplacesRatherThanMerges() {
        try (Store s = Store.open(dir)) {
            String g = Fixtures.graphIri(Fixtures.FRA);
            s.replaceGraph(g, Fixtures.model(Fixtures.FRA));
            Model smaller = ModelFactory.createDefaultModel();
            smaller.add(smaller.createResource(PG.ID + "x"), PG.title, "只有一行");
            assertEquals(1, s.replaceGraph(g, smaller));
            assertEquals(1, s.quadCount());
        }
    }

    @Test
    void eachFileHasItsOwnGraph() {
        try (Store s = Fixtures.loadBoth(dir)) {
            assertEquals(List.of(Fixtures.graphIri(Fixtures.FRA), Fixtures.graphIri(Fixtures.PAK)), s.graphs());
            assertEquals(Fixtures.model(Fixtures.PAK).size(), s.size(Fixtures.graphIri(Fixtures.PAK)));
        }
    }

    @Test
    void theDefaultGraphOfQueriesIsTheUnionOfTheFiles() {
        try (Store s = Fixtures.loadBoth(dir)) {
            String q = "PREFIX pg: <" + PG.NS + "> SELECT (COUNT(?c) AS ?n) { ?c a pg:Commitment }";
            long n = Txn.calculateRead(s.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(s.datasetGraph()))) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(7, n);
        }
    }

    @Test
    void theStoreSurvivesReopening() {
        long before;
        try (Store s = Fixtures.loadBoth(dir)) {
            before = s.quadCount();
        }
        try (Store s = Store.open(dir)) {
            assertEquals(before, s.quadCount());
        }
    }

    @Test
    void readingAStoreThatIsNotThereGivesOneLine() {
        Path nowhere = dir.resolve("nowhere");
        PledgegraphException e = assertThrows(PledgegraphException.class, () -> Store.openExisting(nowhere));
        assertTrue(e.getMessage().startsWith(nowhere + ": no store here"), e.getMessage());
        assertTrue(!java.nio.file.Files.exists(nowhere), "reading must not create a store");
        Fixtures.loadBoth(dir.resolve("there")).close();
        try (Store s = Store.openExisting(dir.resolve("there"))) {
            assertEquals(2, s.graphs().size());
        }
    }

    @Test
    void aStoreThatIsNotADirectoryGivesOneLine() throws Exception {
        Path file = dir.resolve("plain-file");
        java.nio.file.Files.writeString(file, "not a store");
        PledgegraphException e = assertThrows(PledgegraphException.class, () -> Store.open(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
