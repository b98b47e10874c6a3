package org.pledgegraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;
import org.pledgegraph.PledgegraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TDB2 store of named graphs, one per input file. {@link #replaceGraph} swaps one file's graph in
 * a single write transaction, so a failure or a kill half-way leaves the store as it was. The
 * default graph seen by queries is the union of the named graphs. Besides the files' graphs the
 * store keeps counts in one reserved graph, {@link Totals#GRAPH}, updated with every replaced graph.
 *
 * <p>A new store keeps four of TDB2's six quad indexes ({@link #QUAD_INDEXES}): queries read the
 * union of the graphs, so they find quads by subject, predicate or object first (SPOG, POSG,
 * OSPG); the store itself finds them by graph (GSPO: a graph's size, its removal, export). The
 * two left out (GPOS, GOSP) would only serve a {@code GRAPH <g>} pattern without a subject, which
 * then scans that one graph instead. Each quad stored costs 4 index inserts instead of 6: storing
 * 1.5 M quads took 8.0 CPU-s instead of 12.3, and the store is a quarter smaller. The choice is
 * written in the store's {@code tdb.cfg}; a store made by an earlier version keeps its six.
 * (TDB2's compaction builds its new generation with all six; the store goes back to using four
 * from its next opening, and the other two are never read again.)
 */
public final class Store implements AutoCloseable {
    /** Where the store lives unless told otherwise. */
    public static final Path DEFAULT_DIR = Path.of("data", "tdb2");
    /** The quad indexes of a new store, GSPO first (the primary one). */
    public static final List<String> QUAD_INDEXES = List.of("GSPO", "SPOG", "POSG", "OSPG");
    private static final StoreParams PARAMS = StoreParamsBuilder.create().primaryIndexQuads(QUAD_INDEXES.get(0))
            .quadIndexes(QUAD_INDEXES.toArray(String[]::new)).build();
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final Pattern LOCKED_BY =
            Pattern.compile("(?:held by process|locked by a process with PID) (\\d+)", Pattern.CASE_INSENSITIVE);

    private final Path dir;
    private final DatasetGraph dsg;

    private Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /**
     * Opens (creating if needed) the store in {@code dir}.
     *
     * @throws PledgegraphException if another process holds the store, or it cannot be opened
     */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), PARAMS);
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(dir, dsg);
        } catch (IOException e) {
            throw new PledgegraphException(dir + ": cannot create the store directory: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PledgegraphException(dir + ": cannot open the store: " + oneLine(e), e);
        }
    }

    /**
     * Opens a store that must already exist, for reading it (query, export).
     *
     * @throws PledgegraphException if there is no store in {@code dir}
     */
    public static Store openExisting(Path dir) {
        if (!Files.isDirectory(dir) || !hasData(dir)) {
            throw new PledgegraphException(dir + ": no store here; load files first (pledgegraph load PATH --store " + dir + ")");
        }
        return open(dir);
    }

    private static boolean hasData(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    static String oneLine(Throwable e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher pid = LOCKED_BY.matcher(msg);
        if (pid.find()) {
            return "it is in use by another process (pid " + pid.group(1) + "); stop that process or use another --store";
        }
        return msg.strip().split("\\R")[0];
    }

    /** The directory of the store. */
    public Path dir() {
        return dir;
    }

    /** The dataset; the default graph of queries is the union of the named graphs. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /**
     * Replaces the named graph {@code graphIri} by the triples of {@code model}, in one write
     * transaction of its own: afterwards the graph holds exactly {@code model}; if anything fails
     * the store is unchanged. To replace many graphs, {@link #writer()} is several times faster.
     *
     * @return the number of triples in the graph afterwards
     */
    public long replaceGraph(String graphIri, Model model) {
        try (GraphWriter w = writer()) {
            long triples = w.replace(graphIri, model);
            w.commit();
            return triples;
        }
    }

    /** A writer that replaces graphs in shared write transactions, committed when it is told; for this thread only. */
    public GraphWriter writer() {
        return new GraphWriter(this);
    }

    /**
     * Compacts the store: TDB2 keeps the blocks every write transaction replaced until it is
     * compacted, so a store loaded file by file grows far beyond its data. Writes a new
     * generation of the database and deletes the old one; the data and this object stay valid.
     */
    public void compact() {
        try {
            DatabaseMgr.compact(dsg, true);
        } catch (RuntimeException e) {
            throw new PledgegraphException(dir + ": cannot compact the store: " + oneLine(e), e);
        }
    }

    /** The IRIs of the files' named graphs (not the totals graph), sorted. */
    public List<String> graphs() {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            Totals.fileGraphs(dsg).forEachRemaining(n -> out.add(n.getURI()));
            out.sort(null);
            return out;
        });
    }

    /** Triples in one named graph (0 if absent). */
    public long size(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> (long) dsg.getGraph(g).size());
    }

    /** Whether the named graph {@code graphIri} holds a triple about {@code subjectIri}. */
    public boolean hasSubject(String graphIri, String subjectIri) {
        Node g = NodeFactory.createURI(graphIri);
        Node s = NodeFactory.createURI(subjectIri);
        return Txn.calculateRead(dsg, () -> dsg.contains(g, s, Node.ANY, Node.ANY));
    }

    /** Quads in all the files' named graphs together (not the totals). */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0};
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!Totals.isTotals(q.getGraph())) {
                    n[0]++;
                }
            });
            return n[0];
        });
    }

    /**
     * The files' named graphs without the totals graph, as a dataset that links (does not copy)
     * them; for reading inside a read transaction of this store (export).
     */
    public DatasetGraph fileGraphs() {
        DatasetGraph files = DatasetGraphFactory.createGeneral();
        Totals.fileGraphs(dsg).forEachRemaining(n -> files.addGraph(n, dsg.getGraph(n)));
        files.prefixes().putAll(dsg.prefixes());
        return files;
    }

    /**
     * Builds the totals the saved queries read (see {@link Totals}) if the store has none: a
     * store made before them, or whose graphs SPARQL updates changed. For {@code load} and
     * {@code serve}, which open the store for writing; logs one line when it builds them.
     *
     * @return whether they were built
     */
    public boolean ensureTotals() {
        try {
            return Totals.ensure(dsg);
        } catch (RuntimeException e) {
            throw new PledgegraphException(dir + ": cannot build the totals: " + oneLine(e), e);
        }
    }

    /** Whether the store's totals count all its graphs (false: made before totals, or marked stale). */
    public boolean hasTotals() {
        return Totals.isCurrent(dsg);
    }

    /**
     * Marks the totals as out of date, so the next {@code load} or {@code serve} rebuilds them:
     * for a server that accepts SPARQL updates, which change graphs without updating the totals.
     */
    public void markTotalsStale() {
        Totals.markStale(dsg);
    }

    /** Releases the store so another process may open it. */
    @Override
    public void close() {
        try {
            TDBInternal.expel(dsg);
        } catch (RuntimeException e) {
            LOG.warn("{}: closing the store: {}", dir, e.getMessage());
        }
    }
}
