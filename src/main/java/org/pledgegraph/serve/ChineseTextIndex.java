package org.pledgegraph.serve;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.pledgegraph.rdf.PG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Chinese full-text index (jena-text, Lucene's SmartChineseAnalyzer) over clause and commitment
 * texts ({@code pg:text}), labels ({@code rdfs:label}, {@code skos:altLabel}) and titles
 * ({@code pg:title}), all in one field, so that {@code ?c text:query "核不扩散"} finds them. The
 * index lives in memory and is built from the store when the server starts; on a store whose
 * default graph is the union of its named graphs, one entry per triple of that union: a node that
 * several graphs describe (an instrument, an actor) is found once, not once per graph. Writes
 * made through the wrapped dataset (when updates are allowed) keep it current.
 */
public final class ChineseTextIndex {
    /** The Lucene field every indexed predicate goes to (the default of {@code text:query}). */
    public static final String FIELD = "text";
    private static final Logger LOG = LoggerFactory.getLogger(ChineseTextIndex.class);
    private static final List<Node> PREDICATES = List.of(
            PG.text.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode(), PG.title.asNode());

    private ChineseTextIndex() {
    }

    /** {@code base} with the index attached; queries and transactions go through to {@code base}. */
    public static DatasetGraph wrap(DatasetGraph base) {
        EntityDefinition def = new EntityDefinition("uri", FIELD, PREDICATES.get(0));
        PREDICATES.subList(1, PREDICATES.size()).forEach(p -> def.set(FIELD, p));
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setQueryAnalyzer(new SmartChineseAnalyzer());
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        long n = fill(base, index, def);
        LOG.info("Full-text index: {} texts and labels", n);
        DatasetGraph text = TextDatasetFactory.create(base, index, true);
        text.getContext().putAll(base.getContext());
        return text;
    }

    private static long fill(DatasetGraph base, TextIndex index, EntityDefinition def) {
        long n = Txn.calculateRead(base, () -> {
            long count = 0;
            boolean union = base.getContext().isTrue(TDB2.symUnionDefaultGraph);
            for (Node p : PREDICATES) {
                Iterator<Quad> it = union ? triples(base.getUnionGraph(), p) : base.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Entity e = TextQueryFuncs.entityFromQuad(def, it.next());
                    if (e != null) {
                        index.addEntity(e);
                        count++;
                    }
                }
            }
            return count;
        });
        index.prepareCommit();
        index.commit();
        return n;
    }

    /** The triples of the union graph with predicate {@code p}, each once (TDB2 removes the per-graph copies). */
    private static Iterator<Quad> triples(Graph union, Node p) {
        return union.find(Node.ANY, p, Node.ANY).mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
    }
}
