package org.pledgegraph.store;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pledgegraph.rdf.PG;

/**
 * A child process for {@link StoreProcessIT}: {@code hold DIR} opens the store and waits;
 * {@code load DIR} loads a large generated graph in one write transaction, saying HALFWAY part
 * of the way through, so the parent can kill it mid-transaction; {@code batch DIR} commits the
 * graph {@link #COMMITTED_GRAPH} with a {@link GraphWriter}, then replaces many graphs in one
 * transaction that it never commits, saying HALFWAY in the middle.
 */
public final class StoreChild {
    public static final String READY = "READY";
    public static final String HALFWAY = "HALFWAY";
    public static final String COMMITTED_GRAPH = PG.ID + "graph/committed";

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.open(Path.of(args[1]));
        if ("hold".equals(args[0])) {
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(120_000);
            return;
        }
        if ("batch".equals(args[0])) {
            batch(store);
            return;
        }
        DatasetGraph dsg = store.datasetGraph();
        Node g = NodeFactory.createURI(PG.ID + "graph/huge");
        Node p = NodeFactory.createURI(PG.NS + "text");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 50_000_000; i++) {
                dsg.add(g, NodeFactory.createURI(PG.ID + "gen/" + i), p, NodeFactory.createLiteralString("第" + i + "条"));
                if (i == 200_000) {
                    System.out.println(HALFWAY);
                    System.out.flush();
                }
            }
        });
        System.out.println("COMMITTED");
    }

    private static void batch(Store store) {
        try (GraphWriter w = store.writer()) {
            w.replace(COMMITTED_GRAPH, Fixtures.model(Fixtures.FRA));
            w.commit();
            for (int i = 0; i < 1_000_000; i++) {
                w.replace(PG.ID + "graph/pending-" + i, Fixtures.model(Fixtures.PAK));
                if (i == 200) {
                    System.out.println(HALFWAY);
                    System.out.flush();
                }
            }
        }
    }
}
