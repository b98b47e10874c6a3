package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.Store;

/** The full-text index on a real store whose graphs share nodes, as every file's graph describes the instruments it cites. */
class ChineseTextIndexTest {
    @TempDir
    Path dir;

    private static Model statement(String clause, String text) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(PG.ID + "instrument/npt").addProperty(RDF.type, PG.Instrument)
                .addProperty(RDFS.label, "不扩散核武器条约", "zh");
        m.createResource(PG.ID + "clause/" + clause).addProperty(RDF.type, PG.Clause).addProperty(PG.text, text);
        return m;
    }

    @Test
    void aNodeThatEveryGraphDescribesIsFoundOnce() {
        try (Store store = Store.open(dir)) {
            store.replaceGraph(PG.ID + "graph/a", statement("a1", "双方重申《不扩散核武器条约》是国际核不扩散体系的基石。"));
            store.replaceGraph(PG.ID + "graph/b", statement("b1", "双方呼吁所有《不扩散核武器条约》缔约国全面履约。"));
            store.replaceGraph(PG.ID + "graph/c", statement("c1", "双方支持和平利用核能。"));
            DatasetGraph text = ChineseTextIndex.wrap(store.datasetGraph());
            QueryRunner runner = new QueryRunner(text, Duration.ofSeconds(10));
            List<QuerySolution> hits = runner.select(QueryFactory.create(
                    "PREFIX text: <http://jena.apache.org/text#> SELECT ?node { (?node ?score) text:query '不扩散核武器条约' }"));
            assertEquals(3, hits.size(), hits.toString());
            assertEquals(3, hits.stream().map(r -> r.getResource("node").getURI()).distinct().count(), hits.toString());
            List<QuerySolution> rows = runner.select(SavedQuery.find("fulltext").bind(Map.of("q", "不扩散核武器条约")));
            assertEquals(rows.size(), rows.stream().map(r -> r.getResource("node").getURI()).distinct().count(), rows.toString());
        }
    }
}
