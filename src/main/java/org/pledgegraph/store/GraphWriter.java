package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pledgegraph.PledgegraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces named graphs of a {@link Store} in write transactions shared by several graphs, for
 * loading many files: TDB2 pays for each commit (journal, sync, a fresh copy of every index block
 * the transaction touched), so one commit per file is 2 to 3 times slower than one per batch.
 * {@link #replace} opens a transaction if none is open; {@link #commit} makes every graph
 * replaced since the last commit durable at once. Each graph is replaced whole inside one
 * transaction, so a crash leaves the store as of the last commit, never a graph half-written. A
 * failure aborts the open transaction: the graphs replaced since the last commit are not stored.
 * Used by one thread (TDB2 transactions belong to the thread that began them); {@link #close}
 * aborts what was not committed.
 */
public final class GraphWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphWriter.class);
    private static final int SLICE = 10_000;
    /** Triples of the first commit a load makes (one commit per file stored 2.3× fewer triples per second, on 2 M triples). */
    public static final long FIRST_COMMIT = 200_000;
    private final Store store;
    private final DatasetGraph dsg;
    private final Totals totals;
    private long uncommitted;
    private long committed;
    private int overwritten;

    GraphWriter(Store store) {
        this.store = store;
        this.dsg = store.datasetGraph();
        this.totals = new Totals(dsg);
    }

    /**
     * Replaces the named graph {@code graphIri} by the triples of {@code model} in the open
     * transaction (begun if needed).
     *
     * @return the number of triples in the graph afterwards
     * @throws PledgegraphException if the store fails; the open transaction is then aborted
     */
    public long replace(String graphIri, Model model) {
        Node g = NodeFactory.createURI(graphIri);
        if (Totals.isTotals(g)) {
            throw new PledgegraphException(store.dir() + ": <" + graphIri + "> is the store's totals graph, not a file's");
        }
        try {
            if (!dsg.isInTransaction()) {
                dsg.begin(TxnType.WRITE);
                totals.begun();
            }
            totals.replacing(g);
            if (removeGraph(g)) {
                overwritten++;
            }
            model.getGraph().find().forEachRemaining((Triple t) -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            totals.replaced(model.getGraph());
            long triples = dsg.getGraph(g).size();
            uncommitted += triples;
            return triples;
        } catch (RuntimeException e) {
            abort();
            throw new PledgegraphException(store.dir() + ": cannot store graph <" + graphIri + ">: " + Store.oneLine(e), e);
        } catch (Error e) {
            abort(); // never commit a graph half-written, whatever stopped it
            throw e;
        }
    }

    /**
     * Removes every quad of graph {@code g}, by the ids TDB2 stores; false if there was none.
     * Not {@code deleteAny}: that finds quads as nodes and deletes them by those nodes, and a
     * decimal written {@code "100000"} comes back as {@code "100000.0"}, which TDB2 encodes
     * differently, so the old quad stayed (tested).
     */
    private boolean removeGraph(Node g) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        boolean removed = false;
        for (List<Tuple<NodeId>> slice = slice(quads, g); !slice.isEmpty(); slice = slice(quads, g)) {
            quads.getTupleTable().deleteAll(slice);
            removed = true;
        }
        return removed;
    }

    /** Up to {@value #SLICE} quads of graph {@code g} (deleting while iterating an index is not allowed). */
    private static List<Tuple<NodeId>> slice(NodeTupleTable quads, Node g) {
        List<Tuple<NodeId>> slice = new ArrayList<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(g, Node.ANY, Node.ANY, Node.ANY);
        while (it != null && it.hasNext() && slice.size() < SLICE) {
            slice.add(it.next());
        }
        return slice;
    }

    /** Triples written by the graphs replaced since the last commit. */
    public long uncommitted() {
        return uncommitted;
    }

    /** Triples written by the graphs this writer replaced and committed. */
    public long committed() {
        return committed;
    }

    /**
     * Graphs this writer replaced that already held triples (committed or not). TDB2 keeps the
     * blocks of removed triples until the store is compacted.
     */
    public int overwritten() {
        return overwritten;
    }

    /**
     * Whether a load should commit now: the first time after {@value #FIRST_COMMIT} triples, then
     * each time the open transaction holds as many triples as all the commits before it. Few
     * commits, and the index blocks they copy (kept on disk until compaction) stay below the
     * size of the data: measured on 2 M triples, 5 commits left the store 30 % larger than one
     * commit, 10 commits of 200 k 80 % larger.
     */
    public boolean commitDue() {
        return uncommitted >= Math.max(FIRST_COMMIT, committed);
    }

    /**
     * Commits the open transaction, if any.
     *
     * @throws PledgegraphException if the commit fails; nothing since the last commit is stored
     */
    public void commit() {
        if (!dsg.isInTransaction()) {
            return;
        }
        try {
            flushTotals();
            dsg.commit();
            committed += uncommitted;
        } catch (RuntimeException e) {
            abort();
            throw new PledgegraphException(store.dir() + ": cannot commit to the store: " + Store.oneLine(e), e);
        } finally {
            end();
        }
    }

    /** Aborts what was not committed. */
    @Override
    public void close() {
        abort();
    }

    private void abort() {
        try {
            if (dsg.isInTransaction()) {
                dsg.abort();
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: aborting a write transaction: {}", store.dir(), Store.oneLine(e));
        } finally {
            end();
        }
    }

    /**
     * Writes the totals changed by the graphs replaced since the last commit into the open
     * transaction (see {@link Totals}); they are committed, or aborted, with those graphs.
     */
    private void flushTotals() {
        totals.flush();
        LOG.debug("{}: totals updated; {} ms spent on totals so far, {}", store.dir(), totals.nanos() / 1_000_000, totals.flushStats());
    }

    private void end() {
        totals.discard();
        uncommitted = 0;
        if (dsg.isInTransaction()) {
            dsg.end();
        }
    }
}
