package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.PG;

/** The quad indexes a store keeps, and that every kind of pattern is still answered with them. */
class StoreIndexesTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreKeepsFourQuadIndexesAcrossReopening() {
        try (Store s = Store.open(dir)) {
            assertEquals(Store.QUAD_INDEXES, quadIndexes(s.datasetGraph()));
        }
        try (Store s = Store.open(dir)) {
            assertEquals(List.of("GSPO", "SPOG", "POSG", "OSPG"), quadIndexes(s.datasetGraph()));
        }
    }

    @Test
    void aStoreMadeWithTdb2DefaultsKeepsItsSixIndexesAndItsData() {
        DatasetGraph made = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
        Model fra = Fixtures.model(Fixtures.FRA);
        Txn.executeWrite(made, () -> fra.getGraph().find().forEachRemaining(
                t -> made.add(NodeFactory.createURI(Fixtures.graphIri(Fixtures.FRA)), t.getSubject(), t.getPredicate(), t.getObject())));
        TDBInternal.expel(made);
        try (Store s = Store.open(dir)) {
            assertEquals(6, quadIndexes(s.datasetGraph()).size());
            assertEquals(fra.size(), s.size(Fixtures.graphIri(Fixtures.FRA)));
            s.replaceGraph(Fixtures.graphIri(Fixtures.PAK), Fixtures.model(Fixtures.PAK));
            assertEquals(fra.size() + Fixtures.model(Fixtures.PAK).size(), s.quadCount());
        }
    }

    /** GPOS and GOSP are gone: a GRAPH pattern without a subject scans that graph, with the same answer. */
    @Test
    void patternsInOneGraphWithoutASubjectAreAnsweredAsBefore() {
        try (Store s = Fixtures.loadBoth(dir)) {
            assertSameAnswers(s);
            s.compact(); // TDB2 builds the new generation with all six indexes
            assertSameAnswers(s);
        }
        try (Store s = Store.open(dir)) {
            assertEquals(4, quadIndexes(s.datasetGraph()).size());
            assertSameAnswers(s);
        }
    }

    private static void assertSameAnswers(Store s) {
        String pak = Fixtures.graphIri(Fixtures.PAK);
        Model expected = Fixtures.model(Fixtures.PAK);
        long commitments = expected.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, PG.Commitment).toList().size();
        Node g = NodeFactory.createURI(pak);
        Txn.executeRead(s.datasetGraph(), () -> {
            assertEquals((long) expected.listStatements(null, PG.party, (org.apache.jena.rdf.model.RDFNode) null).toList().size(),
                    count(s.datasetGraph().find(g, Node.ANY, PG.party.asNode(), Node.ANY)));
            assertEquals(commitments, count(s.datasetGraph().find(g, Node.ANY, Node.ANY, PG.Commitment.asNode())));
            String q = "PREFIX pg: <" + PG.NS + "> SELECT (COUNT(?c) AS ?n) { GRAPH <" + pak + "> { ?c a pg:Commitment } }";
            try (QueryExecution qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(s.datasetGraph()))) {
                assertEquals(commitments, qe.execSelect().next().getLiteral("n").getLong());
            }
        });
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static List<String> quadIndexes(DatasetGraph dsg) {
        return List.of(TDBInternal.getDatasetGraphTDB(dsg).getStoreParams().getQuadIndexes());
    }
}
