package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Seeds;
import org.pledgegraph.rdf.PG;

/** Graphs replaced in shared write transactions: the same quads as one transaction per graph; nothing uncommitted kept. */
class GraphWriterTest {
    private static final String SEED_GRAPH = Fixtures.graphIri("seed");
    private static final String FRA_GRAPH = Fixtures.graphIri(Fixtures.FRA);
    private static final String PAK_GRAPH = Fixtures.graphIri(Fixtures.PAK);

    @TempDir
    Path dir;

    @Test
    void graphsReplacedInSharedTransactionsGiveTheSameQuadsAsOneTransactionEach() {
        Model seed = Seeds.extraction().model();
        Set<Quad> oneEach;
        try (Store s = Store.open(dir.resolve("one-each"))) {
            s.replaceGraph(SEED_GRAPH, seed);
            s.replaceGraph(FRA_GRAPH, Fixtures.model(Fixtures.FRA));
            s.replaceGraph(PAK_GRAPH, Fixtures.model(Fixtures.PAK));
            oneEach = quads(s);
        }
        try (Store s = Store.open(dir.resolve("shared")); GraphWriter w = s.writer()) {
            w.replace(FRA_GRAPH, Fixtures.model(Fixtures.PAK)); // replaced again below, in a later transaction
            w.replace(SEED_GRAPH, seed);
            w.commit();
            assertEquals(0, w.uncommitted());
            w.replace(PAK_GRAPH, Fixtures.model(Fixtures.PAK));
            w.replace(FRA_GRAPH, Fixtures.model(Fixtures.FRA));
            assertEquals(Fixtures.model(Fixtures.PAK).size() + Fixtures.model(Fixtures.FRA).size(), w.uncommitted());
            w.commit();
            assertEquals(1, w.overwritten(), "the graph replaced a second time");
            assertTrue(oneEach.size() > 1000, "the seed is in: " + oneEach.size());
            assertEquals(oneEach, quads(s));
        }
    }

    @Test
    void graphsNotCommittedAreNotStored() {
        try (Store s = Store.open(dir)) {
            try (GraphWriter w = s.writer()) {
                w.replace(FRA_GRAPH, Fixtures.model(Fixtures.FRA));
                w.commit();
                w.replace(PAK_GRAPH, Fixtures.model(Fixtures.PAK));
                w.replace(FRA_GRAPH, Fixtures.model(Fixtures.PAK));
            }
            assertEquals(List.of(FRA_GRAPH), s.graphs());
            assertEquals(Fixtures.model(Fixtures.FRA).size(), s.size(FRA_GRAPH), "the committed graph, whole");
            assertEquals(s.size(FRA_GRAPH), s.quadCount());
        }
    }

    @Test
    void aWriterCanBeUsedAgainAfterACommit() {
        try (Store s = Store.open(dir); GraphWriter w = s.writer()) {
            w.replace(FRA_GRAPH, Fixtures.model(Fixtures.FRA));
            w.commit();
            w.commit(); // nothing open: nothing to do
            w.replace(PAK_GRAPH, Fixtures.model(Fixtures.PAK));
            w.commit();
            assertEquals(Fixtures.model(Fixtures.FRA).size() + Fixtures.model(Fixtures.PAK).size(), w.committed());
            assertEquals(List.of(FRA_GRAPH, PAK_GRAPH), s.graphs());
        }
    }

    @Test
    void replacingAGraphRemovesDecimalsWrittenWithoutAFraction() {
        Model old = Fixtures.model(Fixtures.FRA);
        old.add(old.createResource(PG.ID + "target/1"), PG.quantity, old.createTypedLiteral(new BigDecimal("100000")));
        old.add(old.createResource(PG.ID + "target/2"), PG.quantity, old.createTypedLiteral(new BigDecimal("3")));
        try (Store s = Store.open(dir)) {
            s.replaceGraph(FRA_GRAPH, old);
            assertEquals(old.size(), s.size(FRA_GRAPH));
            s.replaceGraph(FRA_GRAPH, Fixtures.model(Fixtures.PAK));
            assertEquals(Fixtures.model(Fixtures.PAK).size(), s.quadCount(), "nothing of the old graph is left");
        }
    }

    private static Set<Quad> quads(Store s) {
        return Txn.calculateRead(s.datasetGraph(), () -> {
            Set<Quad> all = new HashSet<>();
            s.datasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
            return all;
        });
    }
}
