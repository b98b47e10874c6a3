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
 * of the way through, so the parent can kill it mid-transaction.
 */
public final class StoreChild {
    public static final String READY = "READY";
    public static final String HALFWAY = "HALFWAY";

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
}
